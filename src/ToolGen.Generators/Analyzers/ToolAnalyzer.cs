using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators.Analyzers;

/// <summary>
/// Reports every ToolGen diagnostic (TG0001–TG0011) while the user types, from the same checks the generator uses
/// to leave a tool out (<see cref="ToolValidator"/>).
/// </summary>
/// <remarks>
/// One symbol action per named type, rather than one per method: TG0005 needs to know which of the type's tools
/// the generator keeps (those without an error), so validating the tools there, once each, is both the cheapest
/// way and the only one that cannot disagree with the generator. A type without <c>[Tool]</c> methods costs one
/// scan of its members' attributes.
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
        DiagnosticDescriptors.GeneratedMemberClash);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Resolved once per compilation; a project that does not reference ToolGen pays nothing more.
            var toolAttribute = start.Compilation.GetTypeByMetadataName(KnownNames.ToolAttribute);
            if (toolAttribute is null)
            {
                return;
            }

            var validator = new ToolValidator(start.Compilation);
            start.RegisterSymbolAction(c => AnalyzeType(c, toolAttribute, validator), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol toolAttribute, ToolValidator validator)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var tools = ToolMethods(type, toolAttribute);
        if (tools.Count == 0)
        {
            return;
        }

        var cancellationToken = context.CancellationToken;
        var typeProblem = ContainerChecks.NotPartial(type, cancellationToken);
        if (typeProblem is not null)
        {
            context.ReportDiagnostic(typeProblem.ToDiagnostic());
        }

        var kept = new List<DuplicateNames.Tool>();
        foreach (var (method, attribute) in tools)
        {
            var hasError = false;
            foreach (var problem in validator.Validate(method, attribute, errorsOnly: false, cancellationToken))
            {
                hasError |= problem.IsError;

                // With TG0002 none of the type's tools is generated, so notes on what they would send do not apply.
                if (typeProblem is null || problem.Descriptor.DefaultSeverity != DiagnosticSeverity.Info)
                {
                    context.ReportDiagnostic(problem.ToDiagnostic());
                }
            }

            if (!hasError)
            {
                kept.Add(new DuplicateNames.Tool(method, validator.ToolName(method, attribute), ToolSyntax.ToolName(method, attribute, cancellationToken)));
            }
        }

        // With TG0002 the generator emits none of the type's tools, so no name is taken twice.
        if (typeProblem is null)
        {
            foreach (var problem in DuplicateNames.Find(kept, type, context.Compilation))
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }
        }
    }

    private static List<(IMethodSymbol Method, AttributeData Attribute)> ToolMethods(INamedTypeSymbol type, INamedTypeSymbol toolAttribute)
    {
        var tools = new List<(IMethodSymbol, AttributeData)>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IMethodSymbol method)
            {
                continue;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, toolAttribute))
                {
                    tools.Add((method, attribute));
                    break;
                }
            }
        }

        return tools;
    }
}
