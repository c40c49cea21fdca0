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

    [Fact]
    public void Without_an_obsolete_context_error_level_obsolete_and_experimental_uses_fail()
    {
        var run = GeneratorHarness.Run(Source, new CompilationSettings(LanguageVersion.Latest));

        var ids = GeneratedDiagnostics(run.OutputCompilation, run.GeneratedTrees.Single()).Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal);

        Assert.Equal(new[] { "CS0619", "X001" }, ids);
    }

    /// <summary>An obsolete context silences error-level obsolete uses (CS0619), not experimental ones.</summary>
    [Fact]
    public void An_obsolete_helper_class_silences_CS0619_only()
    {
        var ids = Recompiled("[global::System.Obsolete]", string.Empty).Select(d => d.Id).Distinct();

        Assert.Equal(new[] { "X001" }, ids);
    }

    /// <summary>
    /// An experimental context with the same ID silences the experimental uses inside the helper, but every reference
    /// to the helper from the type's contract members is then a use of an experimental type (the ID must be known either
    /// way); and with <c>[Experimental]</c> beside it, <c>[Obsolete]</c> no longer makes an obsolete context: CS0619 is back.
    /// </summary>
    [Fact]
    public void An_experimental_helper_class_moves_X001_to_its_own_uses_and_cancels_the_obsolete_context()
    {
        var diagnostics = Recompiled("[global::System.Obsolete][global::System.Diagnostics.CodeAnalysis.Experimental(\"X001\")]", string.Empty);

        Assert.Contains(diagnostics, d => d.Id == "CS0619");
        Assert.All(
            diagnostics.Where(d => d.Id == "X001"),
            d => Assert.Contains($"'P.Tools.{GeneratedNames.HelperClass}'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    /// <summary>Experimental diagnostics yield to a pragma naming their ID, which the model would have to carry.</summary>
    [Fact]
    public void Obsolete_context_and_a_pragma_for_the_experimental_id_silence_everything()
    {
        Assert.Empty(Recompiled("[global::System.Obsolete]", "#pragma warning disable X001\n"));
    }

    /// <summary>The generated file with <paramref name="attributes"/> on the helper class and <paramref name="pragma"/> on top, recompiled.</summary>
    private static List<Diagnostic> Recompiled(string attributes, string pragma)
    {
        var run = GeneratorHarness.Run(Source, new CompilationSettings(LanguageVersion.Latest));
        var generated = run.GeneratedTrees.Single();
        var text = pragma + generated.GetText().ToString().Replace(
            $"private static class {GeneratedNames.HelperClass}",
            $"{attributes}\n        private static class {GeneratedNames.HelperClass}",
            StringComparison.Ordinal);
        var tree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)generated.Options, generated.FilePath);
        return GeneratedDiagnostics(run.OutputCompilation.ReplaceSyntaxTree(generated, tree), tree);
    }

    private static List<Diagnostic> GeneratedDiagnostics(Compilation compilation, SyntaxTree tree) =>
        GeneratorHarness.EmitDiagnostics(compilation).Where(d => d.Location.SourceTree == tree).ToList();
}
