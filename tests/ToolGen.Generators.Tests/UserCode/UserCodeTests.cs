using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace ToolGen.Generators.Tests.UserCode;

/// <summary>
/// Ordinary C# that real projects contain, which used to make generated code fail to compile or a tool behave
/// wrongly (issue 12, item 3). Each source compiles with the generated code, under warnings as errors, with no
/// diagnostic at all, or the tool is left out and the generated code adds nothing to the user's own diagnostics.
/// </summary>
public sealed class UserCodeTests
{
    private static GeneratorRun RunClean(string source, LanguageVersion languageVersion = LanguageVersion.CSharp10)
    {
        var run = GeneratorHarness.Run("using ToolGen;\n" + source, new CompilationSettings(languageVersion));
        GeneratorHarness.AssertCompilesClean(run);
        return run;
    }

    private static string[] ToolNames(GeneratorRun run) =>
        run.ToolSets.SelectMany(s => s.Tools).Select(t => t.Name).ToArray();

    [Fact]
    public void A_base_class_with_unrelated_members_named_InvokeAsync_or_ToolDefinitions_is_not_hidden_with_new()
    {
        // `new` chosen by name alone gave CS0109 (nothing to hide): other signatures, and private members.
        var run = RunClean("""
            public class Base
            {
                public void InvokeAsync(string text) { }
                private static int ToolDefinitions = 0;
                protected int Count => ToolDefinitions;
            }

            public partial class Tools : Base
            {
                [Tool] public int One() => 1;
            }
            """);
        Assert.Equal(new[] { "one" }, ToolNames(run));
    }

    [Fact]
    public void A_derived_tool_set_compiles_beside_its_base()
    {
        var run = RunClean("""
            public partial class Base
            {
                [Tool] public int One() => 1;
            }

            public partial class Derived : Base
            {
                [Tool] public int Two() => 2;
            }

            public sealed partial class Leaf : Derived
            {
                [Tool] public int Three() => 3;
            }
            """);
        Assert.Equal(3, run.ToolSets.Count);
        Assert.Equal("global::Derived", run.ToolSets.Single(s => s.Header.FullyQualifiedName == "global::Leaf").Header.BaseToolSet);
    }

    [Fact]
    public void A_constructor_parameter_not_nullable_for_a_nullable_property_is_read_as_the_parameter_says()
    {
        // CS8604: the reader read `string?` (the property) and passed it to `string` (the parameter).
        var run = RunClean("""
            #nullable enable
            public sealed class Note
            {
                public Note(string text) { Text = text; }
                public string? Text { get; }
            }

            public partial class Tools
            {
                [Tool] public int Length(Note note) => note.Text?.Length ?? 0;
            }
            """);
        var field = run.ToolSets.Single().Objects.Single().Members.Single().Field;
        Assert.True(field.IsRequired);
        Assert.False(field.Type.IsNullable);
    }

    [Fact]
    public void A_constructor_with_SetsRequiredMembers_binds_a_required_property()
    {
        var run = RunClean("""
            using System.Diagnostics.CodeAnalysis;

            public sealed class Person
            {
                [SetsRequiredMembers]
                public Person(string name) { Name = name; }
                public required string Name { get; init; }
            }

            public partial class Tools
            {
                [Tool] public string Greet(Person person) => person.Name;
            }
            """,
            LanguageVersion.Latest);
        Assert.Equal(new[] { "greet" }, ToolNames(run));
    }

    [Theory]
    [InlineData("required-and-constructor", """
        public sealed class Person
        {
            public Person(string name) { Name = name; }
            public required string Name { get; init; }
        }

        public partial class Tools
        {
            [Tool] public string Greet(Person person) => person.Name;
            [Tool] public int Ok() => 1;
        }
        """)]
    [InlineData("parameter-of-another-type", """
        using System.Collections.Generic;

        public sealed class Tagged
        {
            public Tagged(string[] tags) { Tags = tags; }
            public IReadOnlyList<string> Tags { get; }
        }

        public partial class Tools
        {
            [Tool] public int Count(Tagged tagged) => tagged.Tags.Count;
            [Tool] public int Ok() => 1;
        }
        """)]
    [InlineData("name-with-line-feed", """
        public partial class Tools
        {
            [Tool("search\n")] public string Search(string q) => q;
            [Tool] public int Ok() => 1;
        }
        """)]
    [InlineData("nested-type-named-ToolDefinitions", """
        public partial class Tools
        {
            public sealed class ToolDefinitions { }
            [Tool] public int Ok() => 1;
        }

        public partial class Other
        {
            [Tool] public int Ok() => 1;
        }
        """)]
    [InlineData("explicit-IToolSet", """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        public partial class Tools : IToolSet
        {
            IReadOnlyList<ToolDefinition> IToolSet.Definitions => new ToolDefinition[0];
            ValueTask<ToolResult> IToolSet.InvokeAsync(ToolCall call, CancellationToken cancellationToken) => default;
            [Tool] public int Ok() => 1;
        }

        public partial class Other
        {
            [Tool] public int Ok() => 1;
        }
        """)]
    [InlineData("duplicate-json-names", """
        public partial class Tools
        {
            [Tool] public void Rename(string userName, string UserName) { }
            [Tool] public int Ok() => 1;
        }
        """)]
    [InlineData("async-void", """
        public partial class Tools
        {
            [Tool] public async void Fire() { await System.Threading.Tasks.Task.Yield(); }
            [Tool] public int Ok() => 1;
        }
        """)]
    public void Invalid_user_code_leaves_the_tool_out_without_adding_errors(string caseName, string source)
    {
        var run = GeneratorHarness.Run("using ToolGen;\n" + source);
        GeneratorHarness.AssertNoNewDiagnostics(run);
        Assert.True(ToolNames(run).All(n => n == "ok"), caseName + ": " + string.Join(", ", ToolNames(run)));
        Assert.Contains("ok", ToolNames(run));
    }

    [Fact]
    public void A_nested_type_named_ToolSet_and_a_method_named_nameof_compile()
    {
        var run = RunClean("""
            public partial class Tools
            {
                public sealed class ToolSet { }
                [Tool] public int nameof(int call) => call;
            }
            """);
        Assert.Equal(new[] { "nameof" }, ToolNames(run));
    }

    [Fact]
    public void A_user_type_in_a_Microsoft_namespace_is_read_from_its_properties()
    {
        var run = RunClean("""
            namespace Microsoft.Contoso.Agents
            {
                public sealed record Filter(string Field, int Limit);

                public partial class Tools
                {
                    [Tool] public int Apply(Filter filter) => filter.Limit;
                }
            }
            """);
        Assert.Equal(new[] { "apply" }, ToolNames(run));
    }

    [Fact]
    public void A_framework_type_without_a_mapping_is_still_refused()
    {
        var run = GeneratorHarness.Run("""
            using ToolGen;

            public partial class Tools
            {
                [Tool] public int Bad(System.Text.StringBuilder text) => text.Length;
                [Tool] public int Ok() => 1;
            }
            """);
        Assert.Equal(new[] { "ok" }, ToolNames(run));
    }

    [Fact]
    public void Less_than_and_ampersand_in_a_doc_comment_are_read_as_text()
    {
        var run = RunClean("""
            public partial class Tools
            {
                /// <summary>Checks that a < b & b > 0 (R&D rule).</summary>
                /// <param name="a">The <c>a</c> of a < b.</param>
                [Tool] public bool Less(int a) => a < 2;
            }
            """);
        var tool = run.ToolSets.Single().Tools.Single();
        Assert.Equal("Checks that a < b & b > 0 (R&D rule).", tool.Description);
        Assert.Equal("The a of a < b.", tool.Parameters.Single().Field!.Description);
    }

    [Fact]
    public void Inheritdoc_takes_the_description_of_the_implemented_member()
    {
        var run = RunClean("""
            public interface IWeather
            {
                /// <summary>Gets the weather of a city.</summary>
                /// <param name="city">City name.</param>
                string Get(string city);
            }

            public partial class Tools : IWeather
            {
                /// <inheritdoc/>
                [Tool] public string Get(string city) => city;
            }
            """);
        var tool = run.ToolSets.Single().Tools.Single();
        Assert.Equal("Gets the weather of a city.", tool.Description);
        Assert.Equal("City name.", tool.Parameters.Single().Field!.Description);
    }

    [Fact]
    public void A_result_type_needs_no_constructor_ToolGen_can_call()
    {
        var run = RunClean("""
            public sealed class Quote
            {
                private Quote(decimal price) { Price = price; }
                public decimal Price { get; }
                public static Quote Of(decimal price) => new(price);
            }

            public partial class Tools
            {
                [Tool] public Quote Price() => Quote.Of(1m);
            }
            """);
        Assert.Equal(new[] { "price" }, ToolNames(run));
    }

    [Fact]
    public void A_read_only_property_of_an_unsupported_type_does_not_make_an_argument_type_unusable()
    {
        var run = RunClean("""
            public sealed class Query
            {
                public string Text { get; set; } = "";
                public object Tag => Text;
            }

            public partial class Tools
            {
                [Tool] public int Find(Query query) => query.Text.Length;
            }
            """);
        Assert.Equal(new[] { "find" }, ToolNames(run));
    }

    [Fact]
    public void Required_and_Length_are_written_into_the_schema()
    {
        var run = RunClean("""
            using System.ComponentModel.DataAnnotations;

            public sealed class Query
            {
                [Required] public string? Text { get; set; }
                [Length(2, 5)] public int[] Ids { get; set; } = new int[0];
            }

            public partial class Tools
            {
                [Tool] public int Find(Query query, [Required] string? owner = null) => 1;
            }
            """);
        var source = run.Sources.Values.Single();
        Assert.Contains("\\\"required\\\":[\\\"text\\\"]", source);
        Assert.Contains("\\\"minItems\\\":2,\\\"maxItems\\\":5", source);
        Assert.Contains("\\\"required\\\":[\\\"query\\\",\\\"owner\\\"]", source);
    }

    [Fact]
    public void Obsolete_and_experimental_members_used_by_tools_compile_under_warnings_as_errors()
    {
        // CS0619, CS0618 and the experimental ID, from generated code naming what the user marked.
        var run = RunClean(
            """
            using System;
            using System.Diagnostics.CodeAnalysis;

            public enum Level
            {
                Low,
                [Obsolete("Use Low.", error: true)] Lowest,
                [Experimental("LVL001")] Highest,
            }

            public sealed class Query
            {
                [Obsolete("Gone.")] public int Old { get; set; }
                [Experimental("QRY001")] public int New { get; set; }
            }

            public partial class Tools
            {
                [Obsolete("Use Next.", error: true)]
                [Tool] public int Find(Query query, Level level = Level.Low) => 1;
            }
            """,
            LanguageVersion.Latest);
        Assert.Equal(new[] { "find" }, ToolNames(run));
    }
}
