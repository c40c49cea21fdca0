using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Writes a <see cref="SchemaNode"/> as compact JSON (each byte is paid for in prompt tokens), keywords in one fixed
/// order, so that a schema reads the same whatever the type: <c>$ref</c>, <c>anyOf</c>, <c>type</c>, <c>description</c>,
/// <c>format</c>, <c>properties</c>, <c>required</c>, <c>items</c>, … <c>default</c>, <c>$defs</c>.
/// </summary>
internal sealed class SchemaWriter
{
    private readonly StringBuilder _json = new();
    private bool _first;

    public static string Write(SchemaNode node)
    {
        var writer = new SchemaWriter();
        writer.WriteNode(node);
        return writer._json.ToString();
    }

    private void WriteNode(SchemaNode node)
    {
        _json.Append('{');
        _first = true;
        if (node.Ref is not null)
        {
            Key("$ref");
            JsonLiteral.AppendString(_json, node.Ref);
        }

        if (node.AnyOf is not null)
        {
            Key("anyOf");
            WriteNodes(node.AnyOf);
        }

        if (node.Types is not null)
        {
            Key("type");
            if (node.Types.Count == 1)
            {
                JsonLiteral.AppendString(_json, node.Types[0]);
            }
            else
            {
                WriteStrings(node.Types);
            }
        }

        if (node.Description is not null)
        {
            Key("description");
            JsonLiteral.AppendString(_json, node.Description);
        }

        if (node.Format is not null)
        {
            Key("format");
            JsonLiteral.AppendString(_json, node.Format);
        }

        if (node.Properties is not null)
        {
            Key("properties");
            WriteMap(node.Properties);
        }

        if (node.Required is not null)
        {
            Key("required");
            WriteStrings(node.Required);
        }

        if (node.Items is not null)
        {
            Key("items");
            WriteNode(node.Items);
        }

        if (node.UniqueItems)
        {
            Key("uniqueItems");
            _json.Append("true");
        }

        if (node.PropertyNames is not null)
        {
            Key("propertyNames");
            WriteNode(node.PropertyNames);
        }

        if (node.AdditionalProperties is not null)
        {
            Key("additionalProperties");
            WriteNode(node.AdditionalProperties);
        }
        else if (node.NoAdditionalProperties)
        {
            Key("additionalProperties");
            _json.Append("false");
        }

        if (node.Minimum is { } minimum)
        {
            Key(minimum.Exclusive ? "exclusiveMinimum" : "minimum");
            _json.Append(minimum.Value);
        }

        if (node.Maximum is { } maximum)
        {
            Key(maximum.Exclusive ? "exclusiveMaximum" : "maximum");
            _json.Append(maximum.Value);
        }

        Number("minLength", node.MinLength);
        Number("maxLength", node.MaxLength);
        Number("minItems", node.MinItems);
        Number("maxItems", node.MaxItems);
        if (node.Pattern is not null)
        {
            Key("pattern");
            JsonLiteral.AppendString(_json, node.Pattern);
        }

        if (node.Enum is not null)
        {
            Key("enum");
            WriteRaw(node.Enum);
        }

        if (node.NotEnum is not null)
        {
            Key("not");
            _json.Append("{\"enum\":");
            WriteRaw(node.NotEnum);
            _json.Append('}');
        }

        if (node.Default is not null)
        {
            Key("default");
            _json.Append(node.Default);
        }

        if (node.Defs is not null)
        {
            Key("$defs");
            WriteMap(node.Defs);
        }

        _json.Append('}');
        // A node closed: the keyword list of the node around it goes on.
        _first = false;
    }

    private void Key(string name)
    {
        if (!_first)
        {
            _json.Append(',');
        }

        _first = false;
        _json.Append('"').Append(name).Append("\":");
    }

    private void Number(string name, int? value)
    {
        if (value is not null)
        {
            Key(name);
            _json.Append(value.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void WriteNodes(List<SchemaNode> nodes)
    {
        _json.Append('[');
        for (var i = 0; i < nodes.Count; i++)
        {
            _json.Append(i == 0 ? string.Empty : ",");
            WriteNode(nodes[i]);
        }

        _json.Append(']');
    }

    private void WriteMap(List<KeyValuePair<string, SchemaNode>> entries)
    {
        _json.Append('{');
        for (var i = 0; i < entries.Count; i++)
        {
            _json.Append(i == 0 ? string.Empty : ",");
            JsonLiteral.AppendString(_json, entries[i].Key);
            _json.Append(':');
            WriteNode(entries[i].Value);
        }

        _json.Append('}');
    }

    private void WriteStrings(List<string> values)
    {
        _json.Append('[');
        for (var i = 0; i < values.Count; i++)
        {
            _json.Append(i == 0 ? string.Empty : ",");
            JsonLiteral.AppendString(_json, values[i]);
        }

        _json.Append(']');
    }

    private void WriteRaw(List<string> values) => _json.Append('[').Append(string.Join(",", values)).Append(']');
}
