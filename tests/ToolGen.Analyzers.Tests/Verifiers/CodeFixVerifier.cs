using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ToolGen.Generators.Analyzers;

namespace ToolGen.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs a code fix from before to after: one diagnostic at a time until none is left, and (when there are several)
/// Fix All in document, project and solution scope, each of which must reach the same text.
/// </summary>
internal static class CodeFixVerifier<TCodeFix>
    where TCodeFix : CodeFixProvider, new()
{
    /// <param name="before">The source with markup for each diagnostic the fix removes.</param>
    /// <param name="after">The fixed source.</param>
    /// <param name="disabled">Rules left out of the comparison.</param>
    public static Task VerifyAsync(string before, string after, params string[] disabled) =>
        VerifyAsync(new[] { before }, new[] { after }, disabled);

    /// <summary>Several documents, for Fix All in project scope.</summary>
    public static Task VerifyAsync(string[] before, string[] after, params string[] disabled)
    {
        var test = new CSharpCodeFixTest<ToolAnalyzer, TCodeFix, DefaultVerifier>();
        for (var i = 0; i < before.Length; i++)
        {
            test.TestState.Sources.Add(($"/0/Test{i}.cs", before[i]));
            test.FixedState.Sources.Add(($"/0/Test{i}.cs", after[i]));
        }

        TestProject.Configure(test);
        test.FixedState.Sources.Add((TestProject.UsingsFileName, TestProject.Usings));
        foreach (var id in disabled)
        {
            test.DisabledDiagnostics.Add(id);
        }

        return test.RunAsync();
    }
}
