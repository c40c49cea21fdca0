using System.Collections.Generic;
using System.Text.RegularExpressions;
using ToolGen.Generators.Model;
using TypeKind = ToolGen.Generators.Model.TypeKind;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// TG0011: the first value in a parameter's type that OpenAI strict mode cannot express. It follows the strict
/// schema writer's rules (SchemaEmitter, strict mode): an open map or free JSON anywhere the model sends a value,
/// including inside objects, but not in read-only properties, which the arguments schema leaves out.
/// </summary>
internal static class StrictFormChecks
{
    private static readonly Regex s_qualifiers = new(@"global::(?:[A-Za-z_][A-Za-z0-9_]*\.)*", RegexOptions.CultureInvariant);

    /// <summary>The path to the value without a strict form (empty for the parameter itself) and what it is; null when there is none.</summary>
    public static (string Path, string What)? Blocker(TypeModel type, IReadOnlyDictionary<string, ObjectModel> objects) =>
        Find(type, objects, new List<string>(), new HashSet<string>());

    private static (string Path, string What)? Find(TypeModel type, IReadOnlyDictionary<string, ObjectModel> objects, List<string> path, HashSet<string> visited)
    {
        switch (type.Kind)
        {
            case TypeKind.Dictionary:
                return (string.Join(".", path), "an open map '" + Short(type.TypeName) + "'");
            case TypeKind.JsonElement or TypeKind.JsonNode or TypeKind.JsonObject or TypeKind.JsonArray:
                return (string.Join(".", path), "free JSON '" + Short(type.TypeName) + "'");
            case TypeKind.Collection:
                return Find(type.Element!, objects, path, visited);
            case TypeKind.Object when type.ObjectKey is { } key && visited.Add(key) && objects.TryGetValue(key, out var model):
                var isRoot = path.Count == 0;
                if (isRoot)
                {
                    path.Add(model.Name);
                }

                foreach (var member in model.Members)
                {
                    if (member.Role == MemberRole.ReadOnly)
                    {
                        continue;
                    }

                    path.Add(member.CSharpName.TrimStart('@'));
                    var found = Find(member.Field.Type, objects, path, visited);
                    path.RemoveAt(path.Count - 1);
                    if (found is not null)
                    {
                        return found;
                    }
                }

                if (isRoot)
                {
                    path.RemoveAt(0);
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary><c>Dictionary&lt;string, int&gt;</c> for <c>global::System.Collections.Generic.Dictionary&lt;string, int&gt;</c>.</summary>
    private static string Short(string typeName) => s_qualifiers.Replace(typeName, string.Empty);
}
