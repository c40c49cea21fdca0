using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ToolGen.Generators.Emit;

namespace ToolGen.Generators.Tests;

/// <summary>
/// What the compiler does with generated code that uses what the user marked <c>[Obsolete(error: true)]</c> or
/// <c>[Experimental]</c>: the pragma in the header cannot silence those, and marking the helper class itself
/// <c>[Obsolete]</c> (an obsolete context) is the candidate fix. These tests record the compiler's behaviour.
/// </summary>
public sealed class ObsoleteContextTests
{
    private const string Source = """
        using System;
        using System.Diagnostics.CodeAnalysis;
        using ToolGen;

        namespace P;

        [Obsolete("Gone.", error: true)]
        public sealed record Legacy(string Name);

        public sealed class Query
        {
            public string Text { get; set; } = "";

            [Obsolete("Gone.", error: true)]
            public int Limit { get; set; }
        }

        [Experimental("X001")]
        public sealed record Preview(int Level);

        public partial class Tools
        {
            [Obsolete("Gone.", error: true)]
            [Tool]
            public int Old() => 1;

            [Tool]
            public string Search(Query query) => query.Text;

            [Obsolete("Gone.", error: true)]
            [Tool]
            public string Legacy(Legacy legacy) => legacy.Name;

            [Experimental("X001")]
            [Tool]
            public int Try(Preview preview) => preview.Level;
        }
        """;

    /// <summary>
    /// The pragma in the header cannot silence CS0619 (an error) nor an experimental ID it does not name. The generator
    /// therefore marks the helper class <c>[Obsolete]</c> when the tools use an error-level obsolete symbol (inside an
    /// obsolete context the compiler reports no obsolete use; the contract's references to the class are CS0612,
    /// which the header silences) and names every <c>[Experimental]</c> ID the tools use in a pragma. Marking the class
    /// <c>[Experimental]</c> instead would not do: each reference to it from the user's type would raise the ID, and
    /// together with <c>[Obsolete]</c> it cancels the obsolete context.
    /// </summary>
    [Fact]
    public void Error_level_obsolete_and_experimental_uses_compile_clean()
    {
        var run = GeneratorHarness.Run(Source, new CompilationSettings(LanguageVersion.Latest));

        Assert.Equal(new[] { "old", "search", "legacy", "try" }, run.ToolSets.Single().Tools.Select(t => t.Name));
        GeneratorHarness.AssertCompilesClean(run, generatedOnly: true);
        var generated = run.Sources.Values.Single();
        Assert.Contains("#pragma warning disable X001", generated, StringComparison.Ordinal);
        Assert.Contains("[global::System.Obsolete(", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Tools_that_use_nothing_obsolete_get_no_obsolete_context()
    {
        var run = GeneratorHarness.Run("""
            using ToolGen;

            public partial class Tools
            {
                [Tool] public int One() => 1;
            }
            """);

        Assert.DoesNotContain("Obsolete(", run.Sources.Values.Single(), StringComparison.Ordinal);
    }
}
