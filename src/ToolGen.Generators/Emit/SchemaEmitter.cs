using System.Text;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Writes a tool's JSON schemas at compile time: the common form every provider accepts, and the
/// OpenAI strict form (wire-formats.md §1). Compact JSON, since each byte is paid for in prompt tokens.
/// </summary>
internal static class SchemaEmitter
{
    /// <summary>The schema of the arguments object.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="strict">
    /// Strict form: every property required, optional ones as a union with null, <c>additionalProperties: false</c>,
    /// and keywords strict mode refuses (<c>default</c>, <c>minLength</c>, <c>maxLength</c>) moved into the description.
    /// </param>
    public static string Parameters(ToolModel tool, bool strict)
    {
        var json = new StringBuilder();
        json.Append("{\"type\":\"object\",\"properties\":{");
        var first = true;
        foreach (var parameter in tool.Parameters)
        {
            if (parameter.Role != ParameterRole.Argument)
            {
                continue;
            }

            if (!first)
            {
                json.Append(',');
            }

            first = false;
            JsonLiteral.AppendString(json, parameter.JsonName);
            json.Append(':');
            var optional = !parameter.IsRequired;
            AppendType(json, parameter.Type!, parameter.Description, parameter.Default?.Json, strict, nullable: strict ? optional || parameter.Type!.IsNullable : false);
        }

        json.Append('}');
        var required = new StringBuilder();
        foreach (var parameter in tool.Parameters)
        {
            if (parameter.Role == ParameterRole.Argument && (strict || parameter.IsRequired))
            {
                required.Append(required.Length == 0 ? string.Empty : ",");
                JsonLiteral.AppendString(required, parameter.JsonName);
            }
        }

        if (strict || required.Length > 0)
        {
            json.Append(",\"required\":[").Append(required).Append(']');
        }

        if (strict)
        {
            json.Append(",\"additionalProperties\":false");
        }

        return json.Append('}').ToString();
    }

    /// <summary>The schema of a tool's result value, or null when the result is text or nothing.</summary>
    public static string? Return(ToolModel tool)
    {
        var value = tool.Return.Value;
        if (value is null || value.Kind == TypeKind.String)
        {
            return null;
        }

        var json = new StringBuilder();
        AppendType(json, value, description: null, defaultJson: null, strict: false, nullable: value.IsNullable);
        return json.ToString();
    }

    private static void AppendType(StringBuilder json, TypeModel type, string? description, string? defaultJson, bool strict, bool nullable)
    {
        var jsonType = TypeFacts.JsonType(type.Kind);
        json.Append("{\"type\":");
        if (nullable)
        {
            json.Append("[\"").Append(jsonType).Append("\",\"null\"]");
        }
        else
        {
            json.Append('"').Append(jsonType).Append('"');
        }

        var text = description;
        if (strict)
        {
            // Strict mode refuses these keywords; say the same thing in words so the model still knows it.
            if (type.Kind == TypeKind.Char)
            {
                text = Join(text, "Exactly 1 character.");
            }

            if (defaultJson is not null)
            {
                text = Join(text, "Default: " + defaultJson + ".");
            }
        }

        if (!string.IsNullOrEmpty(text))
        {
            json.Append(",\"description\":");
            JsonLiteral.AppendString(json, text!);
        }

        switch (type.Kind)
        {
            case TypeKind.Enum:
                json.Append(",\"enum\":[");
                for (var i = 0; i < type.Enum!.Members.Count; i++)
                {
                    json.Append(i == 0 ? string.Empty : ",");
                    JsonLiteral.AppendString(json, type.Enum.Members[i].JsonName);
                }

                // A nullable enum must list null among its values, or strict validation rejects it.
                json.Append(nullable ? ",null]" : "]");
                break;
            case TypeKind.Char when !strict:
                json.Append(",\"minLength\":1,\"maxLength\":1");
                break;
            case TypeKind.Collection:
                json.Append(",\"items\":");
                var element = type.Element!;
                AppendType(json, element, description: null, defaultJson: null, strict, nullable: element.IsNullable);
                break;
            default:
                if (TypeFacts.IntegerRange(type.Kind) is { } range)
                {
                    json.Append(",\"minimum\":").Append(range.Min).Append(",\"maximum\":").Append(range.Max);
                }

                break;
        }

        if (!strict && defaultJson is not null)
        {
            json.Append(",\"default\":").Append(defaultJson);
        }

        json.Append('}');
    }

    private static string Join(string? text, string addition) =>
        string.IsNullOrEmpty(text) ? addition : text!.TrimEnd() + (text!.TrimEnd().EndsWith(".") ? " " : ". ") + addition;
}
