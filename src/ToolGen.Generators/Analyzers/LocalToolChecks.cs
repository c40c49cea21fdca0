using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators.Analyzers;

/// <summary>
/// TG0003 for <c>[Tool]</c> on a local function or a lambda: C# allows the attribute there, the generator never sees
/// it (it reads members of types), and without a diagnostic the tool would be missing silently.
/// </summary>
internal static class LocalToolChecks
{
    public static void Analyze(SyntaxNodeAnalysisContext context, KnownSymbols known)
    {
        var attributeLists = context.Node switch
        {
            LocalFunctionStatementSyntax local => local.AttributeLists,
            LambdaExpressionSyntax lambda => lambda.AttributeLists,
            _ => default,
        };
        if (attributeLists.Count == 0)
        {
            return;
        }

        foreach (var list in attributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is IMethodSymbol constructor &&
                    known.Is(constructor.ContainingType, KnownNames.ToolAttribute))
                {
                    var (name, text) = context.Node is LocalFunctionStatementSyntax function
                        ? (function.Identifier.ValueText, "is a local function, which generated code cannot call; make it a method of the type")
                        : ("lambda", "is a lambda, which generated code cannot call; make it a method of the type");
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GenericTool, attribute.GetLocation(), name, text));
                    return;
                }
            }
        }
    }
}
