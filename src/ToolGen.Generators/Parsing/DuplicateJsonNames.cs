using System;
using System.Collections.Generic;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Two parameters or properties whose JSON names are equal ignoring case (<c>userName</c> and <c>UserName</c> under
/// camelCase, or two <c>[JsonPropertyName("x")]</c>). An exact clash gives a schema with a duplicate key and a tool no
/// call can satisfy; a clash in case only is as bad in practice, since models and many JSON readers match names
/// case-insensitively, so a call meant for one would set the other.
/// </summary>
internal static class DuplicateJsonNames
{
    public static (string First, string Second, string JsonName)? Find(IEnumerable<(string Name, string JsonName)> fields)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, jsonName) in fields)
        {
            if (seen.TryGetValue(jsonName, out var first))
            {
                return (first, name, jsonName);
            }

            seen.Add(jsonName, name);
        }

        return null;
    }
}
