using System.Collections.Generic;
using System.Linq;
using System.Text;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>Which schema is being written.</summary>
internal enum SchemaMode
{
    /// <summary>The arguments, in the common form every provider accepts (wire-formats.md, "Common denominator").</summary>
    Input,

    /// <summary>
    /// The arguments in OpenAI strict form: every property required, optional ones nullable,
    /// <c>additionalProperties: false</c>, and keywords strict mode refuses moved into descriptions.
    /// </summary>
    Strict,

    /// <summary>The result: every property listed and required, since the writer always writes them all.</summary>
    Output,
}

/// <summary>
/// Writes a tool's JSON schemas at compile time. Compact JSON, since each byte is paid for in prompt tokens.
/// Object types are inlined; only recursive ones go through <c>$defs</c>/<c>$ref</c>, which some providers
/// handle poorly.
/// </summary>
internal sealed class SchemaEmitter
{
    // The formats OpenAI's strict mode accepts (Structured Outputs, "Supported properties").
    private static readonly HashSet<string> s_strictFormats = new() { "date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid" };

    private readonly SchemaMode _mode;
    private readonly Dictionary<string, ObjectModel> _objects;
    private readonly Dictionary<string, string> _defNames = new();
    private readonly List<string> _pendingDefs = new();
    private bool _inexpressible;

    private SchemaEmitter(SchemaMode mode, IEnumerable<ObjectModel> objects)
    {
        _mode = mode;
        _objects = objects.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First());
    }

    private bool Strict => _mode == SchemaMode.Strict;

    /// <summary>The schema of the arguments object; null in strict mode when a parameter has no strict form.</summary>
    public static string? Parameters(ToolModel tool, SchemaMode mode)
    {
        var emitter = new SchemaEmitter(mode, tool.Objects);
        var fields = tool.Parameters.Where(p => p.Role == ParameterRole.Argument).Select(p => p.Field!).ToList();
        var json = new StringBuilder();
        emitter.AppendObject(json, fields, description: null);
        emitter.CloseRoot(json, rootIsOpen: true);
        return emitter._inexpressible ? null : json.ToString();
    }

    /// <summary>The schema of a tool's result value, or null when the result is text or nothing.</summary>
    public static string? Return(ToolModel tool)
    {
        var value = tool.Return.Value;
        if (value is null || value.Kind == TypeKind.String)
        {
            return null;
        }

        var emitter = new SchemaEmitter(SchemaMode.Output, tool.Objects);
        var json = new StringBuilder();
        emitter.AppendType(json, value, description: null, defaultJson: null, rules: null, nullable: value.IsNullable);
        emitter.CloseRoot(json, rootIsOpen: false);
        return json.ToString();
    }

    private void AppendObject(StringBuilder json, IReadOnlyList<FieldModel> fields, string? description)
    {
        json.Append("{\"type\":\"object\"");
        AppendDescription(json, description);
        json.Append(",\"properties\":{");
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            json.Append(i == 0 ? string.Empty : ",");
            JsonLiteral.AppendString(json, field.JsonName);
            json.Append(':');
            var nullable = _mode switch
            {
                SchemaMode.Strict => !field.IsRequired || field.Type.IsNullable,
                SchemaMode.Output => field.Type.IsNullable,
                _ => false,
            };
            AppendType(json, field.Type, field.Description, field.Default?.Json, field.Validation, nullable);
        }

        json.Append('}');
        var required = fields.Where(f => _mode != SchemaMode.Input || f.IsRequired).ToList();
        if (_mode != SchemaMode.Input || required.Count > 0)
        {
            json.Append(",\"required\":[");
            for (var i = 0; i < required.Count; i++)
            {
                json.Append(i == 0 ? string.Empty : ",");
                JsonLiteral.AppendString(json, required[i].JsonName);
            }

            json.Append(']');
        }

        if (Strict)
        {
            json.Append(",\"additionalProperties\":false");
        }
    }

    private void AppendType(StringBuilder json, TypeModel type, string? description, string? defaultJson, ValidationModel? rules, bool nullable)
    {
        if (type.Kind == TypeKind.Object)
        {
            AppendObjectType(json, type, description, nullable);
            return;
        }

        var jsonType = TypeFacts.JsonType(type.Kind);
        if (jsonType is null)
        {
            // Free JSON: any value. Strict mode cannot express it.
            _inexpressible |= Strict;
            json.Append('{');
            if (!string.IsNullOrEmpty(description))
            {
                json.Append("\"description\":");
                JsonLiteral.AppendString(json, description!);
            }

            json.Append('}');
            return;
        }

        json.Append("{\"type\":");
        json.Append(nullable ? "[\"" + jsonType + "\",\"null\"]" : "\"" + jsonType + "\"");

        var notes = new List<string>();
        var format = rules?.Email == true ? "email" : rules?.Url == true ? "uri" : TypeFacts.Format(type.Kind);
        if (format is not null && Strict && !s_strictFormats.Contains(format))
        {
            notes.Add(format == "uri" ? "An absolute URI." : "Format: " + format + ".");
            format = null;
        }

        if (Strict && defaultJson is not null)
        {
            notes.Add("Default: " + defaultJson + ".");
        }

        var minLength = rules?.MinLength;
        var maxLength = rules?.MaxLength;
        var isText = type.Kind is TypeKind.String;
        if (type.Kind == TypeKind.Char)
        {
            (minLength, maxLength, isText) = (1, 1, true);
        }

        if (Strict && isText && (minLength is not null || maxLength is not null))
        {
            notes.Add(LengthNote(minLength, maxLength));
        }

        if (Strict && rules is { Denied.Count: > 0 })
        {
            notes.Add("Must not be " + string.Join(" or ", rules.Denied.Select(d => d.Json)) + ".");
        }

        if (Strict && type.Collection == CollectionKind.HashSet || Strict && type.Kind == TypeKind.FlagsEnum)
        {
            notes.Add("Items must be unique.");
        }

        AppendDescription(json, Join(description, notes));
        if (format is not null)
        {
            json.Append(",\"format\":\"").Append(format).Append('"');
        }

        switch (type.Kind)
        {
            case TypeKind.Enum:
                AppendEnum(json, type.Enum!, nullable);
                break;
            case TypeKind.FlagsEnum:
                json.Append(",\"items\":{\"type\":\"string\"");
                AppendEnum(json, type.Enum!, nullable: false);
                json.Append('}');
                if (!Strict)
                {
                    json.Append(",\"uniqueItems\":true");
                }

                break;
            case TypeKind.Collection:
                json.Append(",\"items\":");
                AppendType(json, type.Element!, description: null, defaultJson: null, rules: null, nullable: type.Element!.IsNullable);
                if (type.Collection == CollectionKind.HashSet && !Strict)
                {
                    json.Append(",\"uniqueItems\":true");
                }

                break;
            case TypeKind.Dictionary:
                // An open map has no strict form (wire-formats.md §1).
                _inexpressible |= Strict;
                json.Append(",\"additionalProperties\":");
                AppendType(json, type.Element!, description: null, defaultJson: null, rules: null, nullable: type.Element!.IsNullable);
                break;
        }

        AppendRules(json, type, rules, minLength, maxLength, isText);
        if (!Strict && _mode == SchemaMode.Input && defaultJson is not null)
        {
            json.Append(",\"default\":").Append(defaultJson);
        }

        json.Append('}');
    }

    private void AppendRules(StringBuilder json, TypeModel type, ValidationModel? rules, int? minLength, int? maxLength, bool isText)
    {
        var range = TypeFacts.SchemaRange(type.Kind);
        if (TypeFacts.IsNumber(type.Kind))
        {
            var min = rules?.Minimum ?? range?.Min;
            var max = rules?.Maximum ?? range?.Max;
            if (min is not null)
            {
                json.Append(rules?.MinimumIsExclusive == true && rules.Minimum is not null ? ",\"exclusiveMinimum\":" : ",\"minimum\":").Append(min);
            }

            if (max is not null)
            {
                json.Append(rules?.MaximumIsExclusive == true && rules.Maximum is not null ? ",\"exclusiveMaximum\":" : ",\"maximum\":").Append(max);
            }
        }

        if (isText && !Strict)
        {
            if (minLength is not null)
            {
                json.Append(",\"minLength\":").Append(minLength.Value);
            }

            if (maxLength is not null)
            {
                json.Append(",\"maxLength\":").Append(maxLength.Value);
            }
        }

        if (type.Kind is TypeKind.Collection)
        {
            if (minLength is not null)
            {
                json.Append(",\"minItems\":").Append(minLength.Value);
            }

            if (maxLength is not null)
            {
                json.Append(",\"maxItems\":").Append(maxLength.Value);
            }
        }

        if (rules?.Pattern is { } pattern && type.Kind == TypeKind.String)
        {
            // [RegularExpression] must match the whole value; JSON Schema patterns match anywhere.
            json.Append(",\"pattern\":");
            JsonLiteral.AppendString(json, "^(?:" + pattern + ")$");
        }

        if (rules is { Allowed.Count: > 0 } && type.Kind != TypeKind.Enum)
        {
            json.Append(",\"enum\":[").Append(string.Join(",", rules.Allowed.Select(a => a.Json))).Append(']');
        }

        if (rules is { Denied.Count: > 0 } && !Strict)
        {
            json.Append(",\"not\":{\"enum\":[").Append(string.Join(",", rules.Denied.Select(a => a.Json))).Append("]}");
        }
    }

    private void AppendObjectType(StringBuilder json, TypeModel type, string? description, bool nullable)
    {
        var model = _objects[type.ObjectKey!];
        if (model.IsRecursive)
        {
            var reference = "{\"$ref\":\"#/$defs/" + DefName(model) + "\"}";
            json.Append(nullable ? "{\"anyOf\":[" + reference + ",{\"type\":\"null\"}]}" : reference);
            return;
        }

        var start = json.Length;
        AppendObjectBody(json, model, description ?? model.Description);
        json.Append('}');
        if (nullable)
        {
            // {"type":"object",...} becomes {"type":["object","null"],...}.
            json.Replace("{\"type\":\"object\"", "{\"type\":[\"object\",\"null\"]", start, 16);
        }
    }

    private void AppendObjectBody(StringBuilder json, ObjectModel model, string? description)
    {
        var fields = model.Members
            .Where(m => _mode == SchemaMode.Output || m.Role != MemberRole.ReadOnly)
            .Select(m => m.Field)
            .ToList();
        AppendObject(json, fields, description);
    }

    private string DefName(ObjectModel model)
    {
        if (!_defNames.TryGetValue(model.Key, out var name))
        {
            name = model.Name;
            var suffix = 2;
            while (_defNames.ContainsValue(name))
            {
                name = model.Name + suffix++;
            }

            _defNames[model.Key] = name;
            _pendingDefs.Add(model.Key);
        }

        return name;
    }

    /// <summary>
    /// Adds the <c>$defs</c> of recursive types to the root and closes it. The root of a parameters schema
    /// is still open; a result schema's root is closed and is reopened for the defs.
    /// </summary>
    private void CloseRoot(StringBuilder json, bool rootIsOpen)
    {
        if (_pendingDefs.Count > 0)
        {
            if (!rootIsOpen)
            {
                json.Length--;
            }

            json.Append(",\"$defs\":{");
            // Writing one definition can reach another recursive type, which joins the list.
            for (var i = 0; i < _pendingDefs.Count; i++)
            {
                var model = _objects[_pendingDefs[i]];
                json.Append(i == 0 ? string.Empty : ",");
                JsonLiteral.AppendString(json, _defNames[model.Key]);
                json.Append(':');
                AppendObjectBody(json, model, model.Description);
                json.Append('}');
            }

            json.Append('}');
            rootIsOpen = true;
        }

        if (rootIsOpen)
        {
            json.Append('}');
        }
    }

    private static void AppendEnum(StringBuilder json, EnumModel model, bool nullable)
    {
        json.Append(",\"enum\":[");
        for (var i = 0; i < model.Members.Count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",");
            JsonLiteral.AppendString(json, model.Members[i].JsonName);
        }

        // A nullable enum must list null among its values, or strict validation rejects it.
        json.Append(nullable ? ",null]" : "]");
    }

    private static void AppendDescription(StringBuilder json, string? description)
    {
        if (!string.IsNullOrEmpty(description))
        {
            json.Append(",\"description\":");
            JsonLiteral.AppendString(json, description!);
        }
    }

    private static string LengthNote(int? min, int? max) => (min, max) switch
    {
        (not null, not null) when min == max => $"Exactly {min} character{(min == 1 ? string.Empty : "s")}.",
        (not null, not null) => $"{min} to {max} characters.",
        (not null, null) => $"At least {min} characters.",
        _ => $"At most {max} characters.",
    };

    private static string? Join(string? text, List<string> notes)
    {
        if (notes.Count == 0)
        {
            return text;
        }

        var joined = string.Join(" ", notes);
        if (string.IsNullOrEmpty(text))
        {
            return joined;
        }

        var trimmed = text!.TrimEnd();
        return trimmed + (trimmed.EndsWith(".", System.StringComparison.Ordinal) ? " " : ". ") + joined;
    }
}
