using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Whether a type belongs to .NET itself. A framework type without a mapping of ToolGen's has no JSON shape one can
/// rely on (its public properties are an implementation detail), so it is refused; a user's own type is read from its
/// properties even when its namespace starts with <c>System.</c> or <c>Microsoft.</c>. Judged by the assembly's
/// strong-name key: every assembly of the runtime and of Microsoft's libraries is signed with one of these.
/// </summary>
internal static class FrameworkTypes
{
    private static readonly string[] s_publicKeyTokens =
    {
        "b77a5c561934e089", // ECMA: mscorlib, System.*
        "7cec85d7bea7798e", // System.Private.CoreLib
        "cc7b13ffcd2ddd51", // netstandard, System.Runtime facades
        "b03f5f7f11d50a3a", // Microsoft
        "31bf3856ad364e35", // Microsoft (shared)
        "adb9793829ddae60", // Microsoft.Extensions, ASP.NET Core
    };

    public static bool IsFramework(ITypeSymbol type)
    {
        var assembly = type.ContainingAssembly;
        if (assembly is null || assembly is ISourceAssemblySymbol)
        {
            return false;
        }

        var token = assembly.Identity.PublicKeyToken;
        if (token.IsDefaultOrEmpty)
        {
            return false;
        }

        var text = new System.Text.StringBuilder(token.Length * 2);
        foreach (var b in token)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return System.Array.IndexOf(s_publicKeyTokens, text.ToString()) >= 0;
    }
}
