using System.Text;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// A valid tool name close to an invalid one: what TG0006's message proposes and its code fix writes, so that
/// the two always agree.
/// </summary>
internal static class ToolNameSuggestion
{
    public const int MaxLength = 64;

    /// <summary>Every character outside <c>[a-zA-Z0-9_-]</c> becomes <c>_</c>, cut to 64; an empty name becomes <c>tool</c>.</summary>
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' ? c : '_');
        }

        return builder.Length == 0 ? "tool" : builder.ToString();
    }
}
