using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators.Analyzers;

/// <summary>
/// Reports why a <c>[StructuredOutput]</c> type gets no answer format, from the same read pass the generator uses
/// (<see cref="AnswerReader"/>), so the two cannot disagree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnswerAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        AnswerDiagnostics.AnswerTypeShape,
        AnswerDiagnostics.UnsupportedAnswerType);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var known = KnownSymbols.For(start.Compilation);
            if (start.Compilation.GetTypesByMetadataName(KnownNames.StructuredOutputAttribute).IsEmpty)
            {
                return;
            }

            start.RegisterSymbolAction(c => Analyze(c, known), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (known.Attribute(type, KnownNames.StructuredOutputAttribute) is not { } attribute)
        {
            return;
        }

        foreach (var problem in AnswerReader.Read(type, attribute, known, collect: true, context.CancellationToken).Problems)
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }
    }
}
