using System.Text;
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

    /// <summary>
    /// Text made fit to follow a prefix in an identifier: every character an identifier cannot hold (a '-' of a tool
    /// name, the '.' of a namespace, a space in a JSON name) becomes '_'. The result is never used alone, so a
    /// leading digit or an empty text is fine.
    /// </summary>
    public static string Part(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
        }

        return builder.ToString();
    }
}
