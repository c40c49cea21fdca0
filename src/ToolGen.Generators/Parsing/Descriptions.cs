using System.Threading;
using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Parsing;

/// <summary>What a symbol says about itself for the model: <c>[Description]</c> first, then its XML doc summary.</summary>
internal static class Descriptions
{
    /// <summary>The <c>[Description]</c> text of a symbol, or null.</summary>
    public static string? FromAttribute(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == KnownNames.DescriptionAttribute &&
                attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is string text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// The description of a type, property or enum member: <c>[Description]</c>, else the <c>///</c> summary
    /// read from its declaration's syntax (which works without a documentation file).
    /// </summary>
    public static string? Of(ISymbol symbol, CancellationToken cancellationToken = default)
    {
        var fromAttribute = FromAttribute(symbol);
        if (fromAttribute is not null)
        {
            return fromAttribute;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var summary = DocComments.Read(reference.GetSyntax(cancellationToken)).Summary;
            if (summary is not null)
            {
                return summary;
            }
        }

        return null;
    }
}
