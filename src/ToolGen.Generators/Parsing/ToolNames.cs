using System.Text;
using System.Text.RegularExpressions;

namespace ToolGen.Generators.Parsing;

/// <summary>Tool names: the snake_case default and the rule every provider enforces.</summary>
internal static class ToolNames
{
    private static readonly Regex s_valid = new("^[a-zA-Z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

    /// <summary>Whether every provider accepts the name (<c>^[a-zA-Z0-9_-]{1,64}$</c>).</summary>
    public static bool IsValid(string name) => s_valid.IsMatch(name);

    /// <summary>
    /// The default tool name of a method: snake_case, without an <c>Async</c> suffix, so that
    /// <c>SearchFlightsAsync</c> and <c>GetHTTPStatus</c> become <c>search_flights</c> and <c>get_http_status</c>.
    /// </summary>
    public static string FromMethodName(string methodName)
    {
        var name = methodName.Length > 5 && methodName.EndsWith("Async", System.StringComparison.Ordinal)
            ? methodName.Substring(0, methodName.Length - 5)
            : methodName;
        return ToSnakeCase(name);
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '\0';
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var startsWord = i > 0 && previous != '_' &&
                    (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
                if (startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
