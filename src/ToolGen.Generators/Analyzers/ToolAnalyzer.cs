using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators.Analyzers;

/// <summary>
/// Reports every ToolGen diagnostic while the user types, from the same read pass the generator uses to build or
/// leave out a tool (<see cref="ToolReader"/>), so the two cannot disagree.
/// </summary>
/// <remarks>
/// One symbol action per named type, rather than one per method: TG0005 needs to know which of the type's tools
/// the generator keeps (those without an error), so reading the tools there, once each, is both the cheapest
/// way and the only one that cannot disagree with the generator. A type without <c>[Tool]</c> methods costs one
/// scan of its members' attributes. <c>[Tool]</c> on a local function or a lambda, which no type lists as a member,
/// is found by a syntax action on those nodes.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ToolAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnsupportedParameterType,
        DiagnosticDescriptors.TypeNotPartial,
        DiagnosticDescriptors.GenericTool,
        DiagnosticDescriptors.ParameterModifier,
        DiagnosticDescriptors.DuplicateToolName,
        DiagnosticDescriptors.InvalidToolName,
        DiagnosticDescriptors.UnsupportedReturnType,
        DiagnosticDescriptors.ToolWithoutDescription,
        DiagnosticDescriptors.ParameterWithoutDescription,
        DiagnosticDescriptors.DefaultNotInSchema,
        DiagnosticDescriptors.StrictRewrite,
        DiagnosticDescriptors.NoStrictForm,
        DiagnosticDescriptors.GeneratedMemberClash,
        DiagnosticDescriptors.DuplicateJsonName,
        DiagnosticDescriptors.UnenforcedRule,
        DiagnosticDescriptors.MalformedDocComment,
        Budget.BudgetDiagnostics.StrictLimit,
        Budget.BudgetDiagnostics.AnthropicSetLimit,
        Budget.BudgetDiagnostics.SetBudget);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Resolved once per compilation (and shared with the generator); a project that does not reference
            // ToolGen pays nothing more.
            var known = KnownSymbols.For(start.Compilation);
            if (known.ToolAttribute.IsEmpty)
            {
                return;
            }

            var limits = Budget.BudgetLimits.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            start.RegisterSymbolAction(c => AnalyzeType(c, known, limits), SymbolKind.NamedType);
            start.RegisterSyntaxNodeAction(
                c => LocalToolChecks.Analyze(c, known),
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.LocalFunctionStatement,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.ParenthesizedLambdaExpression,
                Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleLambdaExpression);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownSymbols known, Budget.BudgetLimits limits)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        List<(IMethodSymbol Method, AttributeData Attribute)>? tools = null;
        foreach (var tool in ContainerReader.ToolMethods(type, known))
        {
            (tools ??= new()).Add(tool);
        }

        if (tools is null)
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var container = ContainerReader.Read(type, known, describeProblems: true, cancellationToken);
        if (container.NotPartial is not null)
        {
            context.ReportDiagnostic(container.NotPartial.ToDiagnostic());
        }

        var kept = new List<DuplicateNames.Tool>();
        var generated = new List<(Model.ToolModel Tool, Location Location)>();
        foreach (var (method, attribute) in tools)
        {
            var reading = ToolReader.ReadAll(method, attribute, container, known, cancellationToken);
            foreach (var problem in reading.Problems)
            {
                // With TG0002 none of the type's tools is generated, so notes on what they would send do not apply.
                if (container.NotPartial is null || problem.Descriptor.DefaultSeverity != DiagnosticSeverity.Info)
                {
                    context.ReportDiagnostic(problem.ToDiagnostic());
                }
            }

            if (reading.Tool is not null)
            {
                kept.Add(new DuplicateNames.Tool(method, reading.Tool.Name, ToolSyntax.ToolName(method, attribute, cancellationToken)));
                generated.Add((reading.Tool, ToolSyntax.Identifier(method)));
            }
        }

        // With TG0002 the generator emits none of the type's tools, so no name is taken twice.
        if (container.NotPartial is null)
        {
            foreach (var problem in DuplicateNames.Find(kept, container.InheritedTools, type, context.Compilation))
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }

            // Sizes and provider limits, measured on the models just read (no second pass).
            foreach (var problem in Budget.BudgetChecks.ToolSet(type, generated, limits))
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }
        }
    }
}
