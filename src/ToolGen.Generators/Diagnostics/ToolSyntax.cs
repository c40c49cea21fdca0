using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// Finds the exact token a diagnostic belongs on, so that the squiggle sits where the fix goes. Every lookup
/// falls back to the symbol's own location (its identifier) when the syntax is not what it expects.
/// </summary>
internal static class ToolSyntax
{
    /// <summary>
    /// The declaration that carries the <c>[Tool]</c> attribute: the node the generator reads doc comments from
    /// (for a partial method this is the part with the attribute, not necessarily the first part).
    /// </summary>
    public static MethodDeclarationSyntax? Declaration(IMethodSymbol method, AttributeData attribute, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is { } applied &&
            applied.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } declaration)
        {
            return declaration;
        }

        return method.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(cancellationToken))
            .OfType<MethodDeclarationSyntax>()
            .FirstOrDefault();
    }

    /// <summary>The symbol's name token (a method's, a parameter's or a type's identifier).</summary>
    public static Location Identifier(ISymbol symbol) => symbol.Locations.FirstOrDefault() ?? Location.None;

    /// <summary>The name argument of <c>[Tool("name")]</c> when there is one, else the method's name token.</summary>
    public static Location ToolName(IMethodSymbol method, AttributeData attribute, CancellationToken cancellationToken)
    {
        var argument = NameArgument(attribute, cancellationToken);
        return argument is not null ? argument.Expression.GetLocation() : Identifier(method);
    }

    /// <summary>The positional (name) argument of a <c>[Tool]</c> attribute, or null.</summary>
    public static AttributeArgumentSyntax? NameArgument(AttributeData attribute, CancellationToken cancellationToken) =>
        attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { ArgumentList: { } list }
            ? list.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null)
            : null;

    /// <summary>A parameter's declaration, or null when it has none in source.</summary>
    public static ParameterSyntax? Parameter(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        parameter.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<ParameterSyntax>().FirstOrDefault();

    /// <summary>The parameter's type as written (<c>object</c> in <c>object filter</c>).</summary>
    public static Location ParameterType(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        Parameter(parameter, cancellationToken)?.Type?.GetLocation() ?? Identifier(parameter);

    /// <summary>
    /// The <c>ref</c>/<c>out</c>/<c>in</c>/<c>params</c> modifiers of a parameter, from the first to the last,
    /// and their text (<c>ref readonly</c>).
    /// </summary>
    public static (Location Location, string Text) Modifiers(IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        var syntax = Parameter(parameter, cancellationToken);
        var modifiers = syntax?.Modifiers
            .Where(m => m.Kind() is SyntaxKind.RefKeyword or SyntaxKind.OutKeyword or SyntaxKind.InKeyword or SyntaxKind.ParamsKeyword or SyntaxKind.ReadOnlyKeyword)
            .ToList();
        if (syntax is null || modifiers is null || modifiers.Count == 0)
        {
            return (Identifier(parameter), parameter.IsParams ? "params" : parameter.RefKind.ToString().ToLowerInvariant());
        }

        var span = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(modifiers[0].SpanStart, modifiers[modifiers.Count - 1].Span.End);
        return (Location.Create(syntax.SyntaxTree, span), string.Join(" ", modifiers.Select(m => m.Text)));
    }

    /// <summary>The default value as written (<c>double.NaN</c> in <c>double x = double.NaN</c>), or null.</summary>
    public static ExpressionSyntax? DefaultValue(IParameterSymbol parameter, CancellationToken cancellationToken) =>
        Parameter(parameter, cancellationToken)?.Default?.Value;

    /// <summary>
    /// The return type as written; for <c>Task&lt;T&gt;</c> and <c>ValueTask&lt;T&gt;</c> (<paramref name="awaited"/>)
    /// the <c>T</c>, since that is the part that cannot be expressed.
    /// </summary>
    public static Location ReturnType(MethodDeclarationSyntax? declaration, IMethodSymbol method, bool awaited)
    {
        if (declaration is null)
        {
            return Identifier(method);
        }

        var type = declaration.ReturnType;
        if (awaited)
        {
            var name = type switch
            {
                QualifiedNameSyntax qualified => qualified.Right,
                AliasQualifiedNameSyntax alias => alias.Name,
                _ => type,
            };
            if (name is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic)
            {
                type = generic.TypeArgumentList.Arguments[0];
            }
        }

        return type.GetLocation();
    }
}
