using System.Collections.Generic;
using System.Linq;
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
/// Builds a tool's JSON schemas at compile time, as a <see cref="SchemaNode"/> tree written once by
/// <see cref="SchemaWriter"/>. Object types are inlined; only recursive ones go through <c>$defs</c>/<c>$ref</c>,
/// which some providers handle poorly.
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
    public static string? Parameters(ToolModel tool, SchemaMode mode) => ParametersNode(tool, mode) is { } root ? SchemaWriter.Write(root) : null;

    /// <summary>The schema of the arguments object as a tree (what the budget checks measure); null as for <see cref="Parameters"/>.</summary>
    public static SchemaNode? ParametersNode(ToolModel tool, SchemaMode mode)
    {
        var emitter = new SchemaEmitter(mode, tool.Objects);
        var fields = tool.Parameters.Where(p => p.Role == ParameterRole.Argument).Select(p => p.Field!).ToList();
        var root = emitter.ObjectNode(fields, description: null, nullable: false);
        emitter.AddDefs(root);
        return emitter._inexpressible ? null : root;
    }

    /// <summary>
    /// The schema of a <c>[StructuredOutput]</c> answer: the type's object, rooted (a recursive type is inlined at the
    /// root too), as a record parameter's is written in <paramref name="mode"/>; null in strict mode without a strict form.
    /// </summary>
    public static string? Answer(AnswerModel answer, SchemaMode mode) => AnswerNode(answer, mode) is { } root ? SchemaWriter.Write(root) : null;

    /// <summary>The schema of an answer as a tree; null as for <see cref="Answer"/>.</summary>
    public static SchemaNode? AnswerNode(AnswerModel answer, SchemaMode mode)
    {
        var emitter = new SchemaEmitter(mode, answer.Objects);
        var root = emitter.ObjectBody(answer.Root, answer.Root.Description, nullable: false);
        emitter.AddDefs(root);
        return emitter._inexpressible ? null : root;
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
        var root = emitter.TypeNode(value, description: null, defaultJson: null, rules: null, nullable: value.IsNullable);
        emitter.AddDefs(root);
        return SchemaWriter.Write(root);
    }

    private SchemaNode ObjectNode(IReadOnlyList<FieldModel> fields, string? description, bool nullable)
    {
        var node = new SchemaNode
        {
            Types = nullable ? new List<string> { "object", "null" } : new List<string> { "object" },
            Description = NullIfEmpty(description),
            Properties = new List<KeyValuePair<string, SchemaNode>>(),
        };
        foreach (var field in fields)
        {
            var fieldNullable = _mode switch
            {
                SchemaMode.Strict => !field.IsRequired || field.Type.IsNullable,
                SchemaMode.Output => field.Type.IsNullable,
                _ => false,
            };
            node.Properties.Add(new(field.JsonName, TypeNode(field.Type, field.Description, field.Default?.Json, field.Validation, fieldNullable)));
        }

        // The common form lists only what the model must send; strict and result schemas list every property.
        var required = fields.Where(f => _mode != SchemaMode.Input || f.IsRequired).Select(f => f.JsonName).ToList();
        if (_mode != SchemaMode.Input || required.Count > 0)
        {
            node.Required = required;
        }

        node.NoAdditionalProperties = Strict;
        return node;
    }

    private SchemaNode TypeNode(TypeModel type, string? description, string? defaultJson, ValidationModel? rules, bool nullable)
    {
        if (type.Kind == TypeKind.Object)
        {
            return ObjectTypeNode(type, description, nullable);
        }

        var jsonType = TypeFacts.JsonType(type.Kind);
        if (jsonType is null)
        {
            // Free JSON: any value. Strict mode cannot express it.
            _inexpressible |= Strict;
            return new SchemaNode { Description = NullIfEmpty(description) };
        }

        var node = new SchemaNode { Types = nullable ? new List<string> { jsonType, "null" } : new List<string> { jsonType } };
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

        if (Strict && type.Collection == CollectionKind.HashSet)
        {
            notes.Add("Items must be unique.");
        }

        node.Description = NullIfEmpty(Join(description, notes));
        node.Format = format;
        switch (type.Kind)
        {
            case TypeKind.Enum:
                node.Enum = EnumValues(type.Enum!, nullable);
                break;
            case TypeKind.FlagsEnum:
                // Names may repeat ("Read","Read" is Read): they are ORed, so the schema does not claim uniqueItems.
                node.Items = new SchemaNode { Types = new List<string> { "string" }, Enum = EnumValues(type.Enum!, nullable: false) };
                break;
            case TypeKind.Collection:
                node.Items = TypeNode(type.Element!, description: null, defaultJson: null, rules: null, nullable: type.Element!.IsNullable);
                node.UniqueItems = type.Collection == CollectionKind.HashSet && !Strict;
                break;
            case TypeKind.Dictionary:
                // An open map has no strict form (wire-formats.md §1).
                _inexpressible |= Strict;
                node.AdditionalProperties = TypeNode(type.Element!, description: null, defaultJson: null, rules: null, nullable: type.Element!.IsNullable);
                if (type.Key is { Kind: TypeKind.Enum, Enum: { } keys })
                {
                    // Keys are the enum's names: the reader refuses any other.
                    node.PropertyNames = new SchemaNode { Enum = EnumValues(keys, nullable: false) };
                }

                break;
            case TypeKind.JsonObject or TypeKind.JsonArray:
                // Any object or any array: strict mode needs their properties or items listed.
                _inexpressible |= Strict;
                break;
        }

        AddRules(node, type, rules, minLength, maxLength, isText);
        if (!Strict && _mode == SchemaMode.Input && defaultJson is not null)
        {
            node.Default = defaultJson;
        }

        return node;
    }

    private void AddRules(SchemaNode node, TypeModel type, ValidationModel? rules, int? minLength, int? maxLength, bool isText)
    {
        if (TypeFacts.IsNumber(type.Kind))
        {
            // [Range] wins; otherwise the bounds of the C# type that are worth stating.
            var range = TypeFacts.SchemaRange(type.Kind);
            if ((rules?.Minimum ?? range?.Min) is { } min)
            {
                node.Minimum = (min, rules?.MinimumIsExclusive == true && rules.Minimum is not null);
            }

            if ((rules?.Maximum ?? range?.Max) is { } max)
            {
                node.Maximum = (max, rules?.MaximumIsExclusive == true && rules.Maximum is not null);
            }
        }

        if (isText && !Strict)
        {
            (node.MinLength, node.MaxLength) = (minLength, maxLength);
        }

        if (type.Kind is TypeKind.Collection)
        {
            (node.MinItems, node.MaxItems) = (minLength, maxLength);
        }

        if (rules?.Pattern is { } pattern && type.Kind == TypeKind.String)
        {
            // [RegularExpression] must match the whole value; JSON Schema patterns match anywhere.
            node.Pattern = "^(?:" + pattern + ")$";
        }
        else if (TypeFacts.Pattern(type.Kind) is { } kindPattern)
        {
            // A DateTime or TimeOnly: what the reader accepts, where no format says it exactly.
            node.Pattern = kindPattern;
        }

        if (rules is { Allowed.Count: > 0 } && type.Kind != TypeKind.Enum)
        {
            node.Enum = rules.Allowed.Select(a => a.Json).ToList();

            // Where null is a value of the type (the strict form of an optional value), the enum must list it too, or
            // the schema refuses the null that strict mode asks for.
            if (node.Types?.Contains("null") == true && !node.Enum.Contains("null"))
            {
                node.Enum.Add("null");
            }
        }

        if (rules is { Denied.Count: > 0 } && !Strict)
        {
            node.NotEnum = rules.Denied.Select(a => a.Json).ToList();
        }
    }

    private SchemaNode ObjectTypeNode(TypeModel type, string? description, bool nullable)
    {
        var model = _objects[type.ObjectKey!];
        if (!model.IsRecursive)
        {
            return ObjectBody(model, description ?? model.Description, nullable);
        }

        var reference = new SchemaNode { Ref = "#/$defs/" + DefName(model) };
        return nullable
            ? new SchemaNode { AnyOf = new List<SchemaNode> { reference, new() { Types = new List<string> { "null" } } } }
            : reference;
    }

    private SchemaNode ObjectBody(ObjectModel model, string? description, bool nullable)
    {
        // Read-only properties are written in results but cannot be sent.
        var fields = model.Members
            .Where(m => _mode == SchemaMode.Output || m.Role != MemberRole.ReadOnly)
            .Select(m => m.Field)
            .ToList();
        return ObjectNode(fields, description, nullable);
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

    /// <summary>Puts the <c>$defs</c> of the recursive types reached from <paramref name="root"/> on the root.</summary>
    private void AddDefs(SchemaNode root)
    {
        if (_pendingDefs.Count == 0)
        {
            return;
        }

        root.Defs = new List<KeyValuePair<string, SchemaNode>>();
        // Building one definition can reach another recursive type, which joins the list.
        for (var i = 0; i < _pendingDefs.Count; i++)
        {
            var model = _objects[_pendingDefs[i]];
            root.Defs.Add(new(_defNames[model.Key], ObjectBody(model, model.Description, nullable: false)));
        }
    }

    private static List<string> EnumValues(EnumModel model, bool nullable)
    {
        var values = model.Members.Select(m => JsonLiteral.String(m.JsonName)).ToList();
        if (nullable)
        {
            // A nullable enum must list null among its values, or strict validation rejects it.
            values.Add("null");
        }

        return values;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

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
