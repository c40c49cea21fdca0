namespace ToolGen.Analyzers.Tests;

/// <summary>TG0006's fix: invalid characters become <c>_</c>, cut to 64, written as the attribute's name argument.</summary>
public class ToolNameCodeFixTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task Replaces_invalid_characters_in_the_argument()
    {
        const string before = """
            public partial class Tools
            {
                [Tool({|TG0006:"get weather.now"|}, Description = "Weather")] public string GetWeather(string city) => city;
            }
            """;
        const string after = """
            public partial class Tools
            {
                [Tool("get_weather_now", Description = "Weather")] public string GetWeather(string city) => city;
            }
            """;
        return CodeFixVerifier<ToolNameCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Adds_an_argument_when_the_derived_name_is_invalid()
    {
        const string before = """
            public partial class Tools
            {
                [Tool] public string {|TG0006:Météo|}(string city) => city;

                [Tool(Description = "Prix")] public string {|TG0006:Coût|}() => "";
            }
            """;
        const string after = """
            public partial class Tools
            {
                [Tool("meteo")] public string Météo(string city) => city;

                [Tool("cout", Description = "Prix")] public string Coût() => "";
            }
            """;
        return CodeFixVerifier<ToolNameCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Cuts_long_names_to_64_and_names_empty_ones()
    {
        var tooLong = "a" + new string('b', 70);
        var before = $$"""
            public partial class Tools
            {
                [Tool({|TG0006:"{{tooLong}}"|})] public string A() => "";
                [ToolGen.Tool({|TG0006:""|})] public string B() => "";
            }
            """;
        var after = $$"""
            public partial class Tools
            {
                [Tool("{{tooLong.Substring(0, 64)}}")] public string A() => "";
                [ToolGen.Tool("tool")] public string B() => "";
            }
            """;
        return CodeFixVerifier<ToolNameCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task Fix_all_renames_in_every_document()
    {
        var before = new[]
        {
            "public partial class A\n{\n    [Tool({|TG0006:\"a b\"|})] public string X() => \"\";\n    [Tool({|TG0006:\"c/d\"|})] public string Y() => \"\";\n}\n",
            "public partial class B\n{\n    [Tool({|TG0006:\"e:f\"|})] public string Z() => \"\";\n}\n",
        };
        var after = new[]
        {
            "public partial class A\n{\n    [Tool(\"a_b\")] public string X() => \"\";\n    [Tool(\"c_d\")] public string Y() => \"\";\n}\n",
            "public partial class B\n{\n    [Tool(\"e_f\")] public string Z() => \"\";\n}\n",
        };
        return CodeFixVerifier<ToolNameCodeFix>.VerifyAsync(before, after, s_quiet);
    }

    [Fact]
    public Task A_constant_defined_elsewhere_is_left_to_the_user()
    {
        // The diagnostic stays, with no fix offered: renaming the constant is the user's call.
        const string source = """
            public static class Names { public const string Weather = "get weather"; }

            public partial class Tools
            {
                [Tool({|TG0006:Names.Weather|})] public string GetWeather() => "";
            }
            """;
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpCodeFixTest<ToolGen.Generators.Analyzers.ToolAnalyzer, ToolNameCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = source,
        };
        TestProject.Configure(test);
        test.FixedState.Sources.Add((TestProject.UsingsFileName, TestProject.Usings));
        test.DisabledDiagnostics.Add(DiagnosticDescriptors.MissingDescriptionId);
        return test.RunAsync();
    }
}
