using Microsoft.CodeAnalysis.CSharp;

namespace ToolGen.Generators.Text;

/// <summary>Identifiers as they must be written in generated source.</summary>
internal static class Identifiers
{
    /// <summary>Prefixes <c>@</c> to a name that is a C# keyword (<c>class</c> becomes <c>@class</c>).</summary>
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword
            ? "@" + name
            : name;
}
