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
        AnswerDiagnostics.UnsupportedAnswerType,
        Budget.BudgetDiagnostics.StrictLimit);

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

            var limits = Budget.BudgetLimits.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterSymbolAction(c => Analyze(c, known, limits), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownSymbols known, Budget.BudgetLimits limits)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (known.Attribute(type, KnownNames.StructuredOutputAttribute) is not { } attribute)
        {
            return;
        }

        var (model, problems) = AnswerReader.Read(type, attribute, known, collect: true, context.CancellationToken);
        foreach (var problem in problems)
        {
            context.ReportDiagnostic(problem.ToDiagnostic());
        }

        if (model is not null)
        {
            var strict = Emit.SchemaEmitter.AnswerNode(model, Emit.SchemaMode.Strict);
            foreach (var problem in Budget.BudgetChecks.StrictLimits(strict, "Answer type", model.Name, ToolSyntax.Identifier(type), limits))
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }
        }
    }
}
