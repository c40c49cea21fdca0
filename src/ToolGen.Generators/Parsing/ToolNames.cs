namespace ToolGen.Generators.Parsing;

/// <summary>Tool names: the default derived from the method name, and the rule every provider enforces.</summary>
internal static class ToolNames
{
    /// <summary>
    /// Whether every provider accepts the name (<c>^[a-zA-Z0-9_-]{1,64}$</c>). Checked character by character: a
    /// regular expression's <c>$</c> also matches before a final line feed, which let <c>"search\n"</c> through.
    /// </summary>
    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > 64)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

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
