using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ToolGen.Streaming;

/// <summary>
/// The arguments of a Gemini function call streamed in parts (Vertex AI <c>streamFunctionCallArguments</c>): each
/// <c>partialArgs</c> element names a value by JSON path (RFC 9535, e.g. <c>$.location</c>, <c>$.stops[0].city</c>)
/// and gives it typed (<c>stringValue</c>, <c>numberValue</c>, <c>boolValue</c>, <c>nullValue</c>); a string with
/// <c>willContinue</c> goes on in the next element for the same path. The values are gathered in a small tree, in the
/// order their paths first appear, and written as one JSON object when the call ends.
/// </summary>
internal sealed class GeminiPartialArguments
{
    private const string Provider = "Gemini";

    private readonly Node _root = new() { Kind = NodeKind.Object, Members = new List<KeyValuePair<string, Node>>() };

    /// <summary>Reads one <c>partialArgs</c> element; the reader starts on its <c>{</c> and ends on its <c>}</c>.</summary>
    public void Apply(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw StreamJson.WrongType(Provider, path, reader.TokenType, "an object");
        }

        string? jsonPath = null;
        string? text = null;
        byte[]? raw = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("jsonPath"u8))
            {
                jsonPath = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".jsonPath"));
            }
            else if (reader.ValueTextEquals("stringValue"u8))
            {
                text = StreamJson.ReadString(ref reader, Provider, StreamJson.Member(path, ".stringValue"));
            }
            else if (reader.ValueTextEquals("numberValue"u8))
            {
                reader.Read();
                raw = reader.TokenType == JsonTokenType.Number
                    ? reader.ValueSpan.ToArray()
                    : throw StreamJson.WrongType(Provider, StreamJson.Member(path, ".numberValue"), reader.TokenType, "a number");
            }
            else if (reader.ValueTextEquals("boolValue"u8))
            {
                raw = StreamJson.ReadBoolean(ref reader, Provider, StreamJson.Member(path, ".boolValue")) ? "true"u8.ToArray() : "false"u8.ToArray();
            }
            else if (reader.ValueTextEquals("nullValue"u8))
            {
                StreamJson.SkipValue(ref reader);
                raw = "null"u8.ToArray();
            }
            else
            {
                StreamJson.SkipValue(ref reader); // willContinue: a string simply goes on in the next element
            }
        }

        if (string.IsNullOrEmpty(jsonPath))
        {
            throw StreamJson.Error(Provider, path + " has no jsonPath.");
        }

        var node = Resolve(jsonPath!, path);
        if (text is not null)
        {
            if (node.Kind is not (NodeKind.Unset or NodeKind.String))
            {
                throw StreamJson.Error(Provider, path + " continues \"" + jsonPath + "\" with a string after another kind of value.");
            }

            node.Kind = NodeKind.String;
            (node.Text ??= new StringBuilder()).Append(text);
        }
        else if (raw is not null)
        {
            node.Kind = NodeKind.Raw;
            node.Raw = raw;
        }
    }

    /// <summary>The arguments as one JSON object.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        // Text as the model wrote it (not \u-escaped): the arguments are read by the dispatcher, never put in HTML.
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            Write(writer, _root);
        }

        return stream.ToArray();
    }

    /// <summary>The node a path names, made with its parents when new: <c>$</c>, then <c>.name</c>, <c>['name']</c> or <c>[n]</c> steps.</summary>
    private Node Resolve(string jsonPath, string path)
    {
        if (jsonPath[0] != '$')
        {
            throw BadPath(jsonPath, path);
        }

        var node = _root;
        var i = 1;
        for (var depth = 0; i < jsonPath.Length; depth++)
        {
            if (depth >= 64)
            {
                throw StreamJson.Error(Provider, path + ".jsonPath \"" + StreamJson.Excerpt(Encoding.UTF8.GetBytes(jsonPath)) + "\" is nested deeper than 64 levels.");
            }

            if (jsonPath[i] == '.')
            {
                var end = i + 1;
                while (end < jsonPath.Length && jsonPath[end] != '.' && jsonPath[end] != '[')
                {
                    end++;
                }

                if (end == i + 1)
                {
                    throw BadPath(jsonPath, path);
                }

                node = node.Member(jsonPath.Substring(i + 1, end - i - 1), jsonPath, path);
                i = end;
            }
            else if (jsonPath[i] == '[' && i + 1 < jsonPath.Length && jsonPath[i + 1] is '\'' or '"')
            {
                var quote = jsonPath[i + 1];
                var end = jsonPath.IndexOf(quote, i + 2);
                if (end < 0 || end + 1 >= jsonPath.Length || jsonPath[end + 1] != ']')
                {
                    throw BadPath(jsonPath, path);
                }

                node = node.Member(jsonPath.Substring(i + 2, end - i - 2), jsonPath, path);
                i = end + 2;
            }
            else if (jsonPath[i] == '[')
            {
                var end = jsonPath.IndexOf(']', i);
                if (end < 0 || !int.TryParse(jsonPath.Substring(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index > 10_000)
                {
                    throw BadPath(jsonPath, path);
                }

                node = node.Item(index, jsonPath, path);
                i = end + 1;
            }
            else
            {
                throw BadPath(jsonPath, path);
            }
        }

        return node;
    }

    private static void Write(Utf8JsonWriter writer, Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.Object:
                writer.WriteStartObject();
                foreach (var member in node.Members!)
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case NodeKind.Array:
                writer.WriteStartArray();
                foreach (var item in node.Items!)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case NodeKind.String:
                writer.WriteStringValue(node.Text!.ToString());
                break;
            case NodeKind.Raw:
                writer.WriteRawValue(node.Raw!);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private static FormatException BadPath(string jsonPath, string path) =>
        StreamJson.Error(Provider, path + ".jsonPath \"" + jsonPath + "\" is not a path this reader follows ($, .name, ['name'], [n]).");

    private enum NodeKind
    {
        Unset,
        Object,
        Array,
        String,
        Raw,
    }

    private sealed class Node
    {
        public NodeKind Kind { get; set; }

        public List<KeyValuePair<string, Node>>? Members { get; set; }

        public List<Node>? Items { get; set; }

        public StringBuilder? Text { get; set; }

        public byte[]? Raw { get; set; }

        public Node Member(string name, string jsonPath, string path)
        {
            if (Kind == NodeKind.Unset)
            {
                Kind = NodeKind.Object;
                Members = new List<KeyValuePair<string, Node>>();
            }

            if (Kind != NodeKind.Object)
            {
                throw StreamJson.Error(Provider, path + ".jsonPath \"" + jsonPath + "\" names a member of a value that is not an object.");
            }

            foreach (var member in Members!)
            {
                if (member.Key == name)
                {
                    return member.Value;
                }
            }

            var child = new Node();
            Members.Add(new KeyValuePair<string, Node>(name, child));
            return child;
        }

        public Node Item(int index, string jsonPath, string path)
        {
            if (Kind == NodeKind.Unset)
            {
                Kind = NodeKind.Array;
                Items = new List<Node>();
            }

            if (Kind != NodeKind.Array)
            {
                throw StreamJson.Error(Provider, path + ".jsonPath \"" + jsonPath + "\" names an item of a value that is not an array.");
            }

            while (Items!.Count <= index)
            {
                Items.Add(new Node());
            }

            return Items[index];
        }
    }
}
