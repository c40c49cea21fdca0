// Internal helpers document only the parameters that need a word.
#pragma warning disable CS1573

using System;
using System.Text;
using System.Text.Json;

namespace ToolGen.RawCalls;

/// <summary>
/// Values that a format writes as bare text (Qwen3-Coder's <c>&lt;parameter=…&gt;</c>, GLM's <c>&lt;arg_value&gt;</c>), typed by the
/// tool's schema as vLLM's <c>qwen3_coder</c> and <c>glm45</c> parsers do: a string parameter stays a string; integer,
/// number, boolean, object and array values are parsed (as JSON, then as a Python literal) and kept as a string, with
/// an event, when they do not parse.
/// </summary>
internal static class TypedValues
{
    /// <param name="untypedAsJson">
    /// For a parameter the schema does not describe: parse the value as JSON when it parses (GLM, whose template writes
    /// non-string values as JSON), or keep it a string (Qwen3-Coder, as vLLM does).
    /// </param>
    public static void Write(
        Utf8JsonWriter writer, ParseState state, int position, string tool, string key, string value, SchemaTypes.Types? types, bool untypedAsJson)
    {
        if (types is null)
        {
            if (!untypedAsJson || !TryJson(writer, value.Trim(), anyKind: true))
            {
                writer.WriteStringValue(value);
            }

            return;
        }

        var t = types.Value;
        if ((t & SchemaTypes.Types.String) != 0)
        {
            writer.WriteStringValue(value);
            return;
        }

        var trimmed = value.Trim();
        if (trimmed is "null" or "None")
        {
            writer.WriteNullValue();
            return;
        }

        if ((t & SchemaTypes.Types.Boolean) != 0)
        {
            if (string.Equals(trimmed, "true", StringComparison.OrdinalIgnoreCase))
            {
                writer.WriteBooleanValue(true);
                return;
            }

            if (string.Equals(trimmed, "false", StringComparison.OrdinalIgnoreCase))
            {
                writer.WriteBooleanValue(false);
                return;
            }
        }

        if ((t & (SchemaTypes.Types.Integer | SchemaTypes.Types.Number)) != 0 &&
            JsonText.IsValue(trimmed, out var first) && first == JsonTokenType.Number)
        {
            writer.WriteRawValue(trimmed);
            return;
        }

        var any = (t & SchemaTypes.Types.Any) != 0;
        if ((t & (SchemaTypes.Types.Object | SchemaTypes.Types.Array)) != 0 || any)
        {
            if (TryJson(writer, trimmed, any))
            {
                return;
            }

            var converted = PythonLiteral.TryConvert(trimmed);
            if (converted is not null && (any || converted.Length > 0 && (converted[0] == (byte)'{' || converted[0] == (byte)'[')))
            {
                writer.WriteRawValue(converted);
                return;
            }
        }

        if (!any)
        {
            state.Event(
                RawToolCallEventKind.ValueKeptRaw,
                position,
                "\"" + key + "\" of \"" + tool + "\" should be " + Describe(t) + " but is \"" + RawScanner.Excerpt(value, 0, value.Length) + "\"; kept as a string");
        }

        writer.WriteStringValue(value);
    }

    private static bool TryJson(Utf8JsonWriter writer, string text, bool anyKind)
    {
        if (!JsonText.MayBeValue(text))
        {
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (!JsonText.IsValue(bytes, out var first, out _))
        {
            return false;
        }

        if (!anyKind && first != JsonTokenType.StartObject && first != JsonTokenType.StartArray)
        {
            return false;
        }

        writer.WriteRawValue(bytes);
        return true;
    }

    private static string Describe(SchemaTypes.Types types)
    {
        var builder = new StringBuilder();
        foreach (var (flag, name) in new[]
        {
            (SchemaTypes.Types.Integer, "an integer"), (SchemaTypes.Types.Number, "a number"), (SchemaTypes.Types.Boolean, "a boolean"),
            (SchemaTypes.Types.Object, "an object"), (SchemaTypes.Types.Array, "an array"), (SchemaTypes.Types.Null, "null"),
        })
        {
            if ((types & flag) != 0)
            {
                builder.Append(builder.Length == 0 ? string.Empty : " or ").Append(name);
            }
        }

        return builder.Length == 0 ? "typed" : builder.ToString();
    }
}
