namespace ToolGen.Analyzers.Tests;

/// <summary>TG0002's fix: <c>partial</c> on the holder and every enclosing type, right before the type keyword.</summary>
public class PartialTypeCodeFixTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task Adds_partial_after_the_other_modifiers()
    {
        const string before = """
            public sealed class {|TG0002:WeatherTools|}
            {
                [Tool] public string Forecast(string city) => city;
            }
            """;
        const string after = """
            public sealed partial class WeatherTools
            {
                [Tool] public string Forecast(string city) => city;
            }
            """;
        return CodeFixVerifier<PartialTypeCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Makes_every_enclosing_type_partial_and_keeps_layout_without_modifiers()
    {
        const string before = """
            namespace Travel
            {
                /// <summary>Outer.</summary>
                [Serializable]
                class Outer
                {
                    internal static class Middle
                    {
                        public record struct {|TG0002:Inner|}
                        {
                            [Tool] public string Ping() => "pong";
                        }
                    }
                }
            }
            """;
        const string after = """
            namespace Travel
            {
                /// <summary>Outer.</summary>
                [Serializable]
                partial class Outer
                {
                    internal static partial class Middle
                    {
                        public partial record struct Inner
                        {
                            [Tool] public string Ping() => "pong";
                        }
                    }
                }
            }
            """;
        return CodeFixVerifier<PartialTypeCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task A_type_without_modifiers_or_attributes_keeps_its_doc_comment()
    {
        const string before = """
            /// <summary>Tools.</summary>
            class {|TG0002:Tools|}
            {
                [Tool] public string Ping() => "pong";
            }
            """;
        const string after = """
            /// <summary>Tools.</summary>
            partial class Tools
            {
                [Tool] public string Ping() => "pong";
            }
            """;
        return CodeFixVerifier<PartialTypeCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Fix_all_handles_holders_that_share_an_enclosing_type()
    {
        const string before = """
            public class Outer
            {
                public class {|TG0002:First|}
                {
                    [Tool] public string A() => "a";
                }

                public struct {|TG0002:Second|}
                {
                    [Tool] public string B() => "b";
                }
            }

            public static class {|TG0002:Third|}
            {
                [Tool] public static string C() => "c";
            }
            """;
        const string after = """
            public partial class Outer
            {
                public partial class First
                {
                    [Tool] public string A() => "a";
                }

                public partial struct Second
                {
                    [Tool] public string B() => "b";
                }
            }

            public static partial class Third
            {
                [Tool] public static string C() => "c";
            }
            """;
        return CodeFixVerifier<PartialTypeCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Fix_all_in_project_scope_fixes_every_document()
    {
        var before = new[]
        {
            "public class {|TG0002:A|}\n{\n    [Tool] public string Ping() => \"pong\";\n}\n",
            "internal record {|TG0002:B|}\n{\n    [Tool] public string Pong() => \"ping\";\n}\n",
        };
        var after = new[]
        {
            "public partial class A\n{\n    [Tool] public string Ping() => \"pong\";\n}\n",
            "internal partial record B\n{\n    [Tool] public string Pong() => \"ping\";\n}\n",
        };
        return CodeFixVerifier<PartialTypeCodeFix>.VerifyAsync(before, after, s_quiet);
    }
}
