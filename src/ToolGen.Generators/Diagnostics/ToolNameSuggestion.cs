using System.Text;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// A valid tool name close to an invalid one: what TG0006's message proposes and its code fix writes, so that
/// the two always agree.
/// </summary>
internal static class ToolNameSuggestion
{
    public const int MaxLength = 64;

    /// <summary>
    /// Accents are dropped (<c>Météo</c> → <c>Meteo</c>), every other character outside <c>[a-zA-Z0-9_-]</c> becomes
    /// <c>_</c>, cut to 64; an empty name becomes <c>tool</c>.
    /// </summary>
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in WithoutAccents(name))
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' ? c : '_');
        }

        return builder.Length == 0 ? "tool" : builder.ToString();
    }

    /// <summary>The text in Unicode decomposed form without its combining marks.</summary>
    private static string WithoutAccents(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
