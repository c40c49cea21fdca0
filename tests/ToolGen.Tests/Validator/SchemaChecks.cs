using System.Text;
using System.Text.Json;

namespace ToolGen.Tests.Validator;

/// <summary>Checks on schema text that a parser does not make: duplicate keys.</summary>
internal static class SchemaChecks
{
    /// <summary>
    /// Walks the JSON with a <see cref="Utf8JsonReader"/> (JsonDocument keeps the last of two equal keys silently) and
    /// returns the duplicate keys found, as "path: key" lines; empty when there are none.
    /// </summary>
    public static string DuplicateKeys(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        var scopes = new Stack<(HashSet<string>? Keys, string Path)>();
        var found = new List<string>();
        string? pendingKey = null;
        while (reader.Read())
        {
            var path = scopes.Count == 0 ? "$" : scopes.Peek().Path;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    scopes.Push((new HashSet<string>(StringComparer.Ordinal), pendingKey is null ? path : path + "." + pendingKey));
                    pendingKey = null;
                    break;
                case JsonTokenType.StartArray:
                    scopes.Push((null, pendingKey is null ? path + "[]" : path + "." + pendingKey + "[]"));
                    pendingKey = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    scopes.Pop();
                    break;
                case JsonTokenType.PropertyName:
                    pendingKey = reader.GetString()!;
                    if (!scopes.Peek().Keys!.Add(pendingKey))
                    {
                        found.Add(path + ": " + pendingKey);
                    }

                    break;
                default:
                    pendingKey = null;
                    break;
            }
        }

        return string.Join("\n", found);
    }

    /// <summary>The folder that holds ToolGen.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ToolGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ToolGen.sln not found above " + AppContext.BaseDirectory);
    }
}
