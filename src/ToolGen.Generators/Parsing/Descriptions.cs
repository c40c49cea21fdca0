using System.Threading;
using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Parsing;

/// <summary>What a symbol says about itself for the model: <c>[Description]</c> first, then its XML doc summary.</summary>
internal static class Descriptions
{
    /// <summary>The <c>[Description]</c> text of a symbol, or null.</summary>
    public static string? FromAttribute(ISymbol symbol, KnownSymbols known) =>
        known.Attribute(symbol, KnownNames.DescriptionAttribute) is { ConstructorArguments: { Length: 1 } args } && args[0].Value is string text
            ? text
            : null;

    /// <summary>
    /// The description of a type, property or enum member: <c>[Description]</c>, else the <c>///</c> summary
    /// read from its declaration's syntax (which works without a documentation file), following <c>&lt;inheritdoc/&gt;</c>.
    /// </summary>
    public static string? Of(ISymbol symbol, KnownSymbols known, CancellationToken cancellationToken = default) =>
        FromAttribute(symbol, known) ?? DocComments.Of(symbol, cancellationToken).Summary;
}
