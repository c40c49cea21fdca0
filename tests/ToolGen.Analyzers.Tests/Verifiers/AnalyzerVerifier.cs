using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using ToolGen.Generators.Analyzers;

namespace ToolGen.Analyzers.Tests.Verifiers;

/// <summary>Runs <see cref="ToolAnalyzer"/> on a source and compares every diagnostic it reports with the markup and <c>expected</c>.</summary>
internal static class AnalyzerVerifier
{
    /// <summary>Every rule on: what a user sees by default.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAsync(source, Array.Empty<string>(), expected);

    /// <param name="source">The test source, with <c>{|TG0001:span|}</c> markup.</param>
    /// <param name="disabled">Rules left out, so a case about one rule need not restate another (usually TG0008).</param>
    /// <param name="expected">Diagnostics not written as markup, e.g. with their message.</param>
    public static Task VerifyAsync(string source, string[] disabled, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<ToolAnalyzer, DefaultVerifier> { TestCode = source };
        TestProject.Configure(test);
        foreach (var id in disabled)
        {
            test.DisabledDiagnostics.Add(id);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>A diagnostic of <paramref name="rule"/> at markup location <c>{|#index:…|}</c>, to check its message.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor rule, int index = 0) => new DiagnosticResult(rule).WithLocation(index);
}
