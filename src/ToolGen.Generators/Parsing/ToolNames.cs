using System.Text.RegularExpressions;

namespace ToolGen.Generators.Parsing;

/// <summary>Tool names: the default derived from the method name, and the rule every provider enforces.</summary>
internal static class ToolNames
{
    private static readonly Regex s_valid = new("^[a-zA-Z0-9_-]{1,64}$", RegexOptions.CultureInvariant);

    /// <summary>Whether every provider accepts the name (<c>^[a-zA-Z0-9_-]{1,64}$</c>).</summary>
    public static bool IsValid(string name) => s_valid.IsMatch(name);

    /// <summary>
    /// The default tool name of a method: without an <c>Async</c> suffix, then the naming policy (snake_case by
    /// default), so that <c>SearchFlightsAsync</c> and <c>GetHTTPStatus</c> become <c>search_flights</c> and <c>get_http_status</c>.
    /// </summary>
    public static string FromMethodName(string methodName, NamingPolicy policy = NamingPolicy.SnakeCase)
    {
        var name = methodName.Length > 5 && methodName.EndsWith("Async", System.StringComparison.Ordinal)
            ? methodName.Substring(0, methodName.Length - 5)
            : methodName;
        return Naming.Apply(policy, name);
    }
}
