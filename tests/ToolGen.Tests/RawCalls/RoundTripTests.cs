using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolGen.RawCalls;

namespace ToolGen.Tests.RawCalls;

/// <summary>
/// Round trip per format: random calls (seeded, so every run is the same) rendered as each model's chat template renders
/// them, with text around them, read back with the format named and with Auto: the same names and the same JSON
/// arguments, no events. The first texts of each format are also streamed cut at every character boundary and one
/// character at a time; the others in random pieces.
/// </summary>
public class RoundTripTests
{
    private const int Rounds = 250;
    private const int FullyStreamedRounds = 6;

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Names = { "get_weather", "search", "f", "lookup_user2", "send-mail" };

    private static readonly string[] Sentences = { "Sure.", "Let me check that for you.", "Voilà — 雪 ☃.", "One moment, please", "Done: 42 °C" };

    private static readonly string[] Pool =
    {
        "a", "b", "Z", "0", "7", " ", " ", "\"", "'", "\\", "\n", "\t", "{", "}", "[", "]", ",", ":", ";", "(", ")", "<", ">", "|", "=",
        "#", "é", "雪", "😀", "\u2603", "/", "*",
    };

    public static TheoryData<RawToolCallFormat> Formats()
    {
        var data = new TheoryData<RawToolCallFormat>();
        foreach (RawToolCallFormat format in Enum.GetValues(typeof(RawToolCallFormat)))
        {
            if (format != RawToolCallFormat.Auto)
            {
                data.Add(format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Rendered_calls_read_back_equal(RawToolCallFormat format)
    {
        var random = new Random(7919 * ((int)format + 1));
        for (var round = 0; round < Rounds; round++)
        {
            var xml = format is RawToolCallFormat.Qwen3Coder or RawToolCallFormat.Glm45;
            var calls = new List<(string Name, JsonObject Arguments)>();
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                var name = Names[random.Next(Names.Length)] + (xml ? "_" + i.ToString(CultureInfo.InvariantCulture) : string.Empty);
                if (format == RawToolCallFormat.Pythonic)
                {
                    name = name.Replace("-", "_", StringComparison.Ordinal);
                }

                calls.Add((name, RandomArguments(random, format)));
            }

            var before = random.Next(3) == 0 ? null : Sentences[random.Next(Sentences.Length)];
            var after = random.Next(3) == 0 ? null : Sentences[random.Next(Sentences.Length)];
            var text = Render(format, calls, before, after, random);
            var tools = xml ? calls.Select(c => Schema(c.Name, c.Arguments)).ToArray() : null;

            foreach (var asked in new[] { format, RawToolCallFormat.Auto })
            {
                var result = RawToolCalls.Parse(text, asked, tools);
                var context = format + " round " + round + " read as " + asked + ":\n" + text;
                Assert.True(result.Events.Count == 0, context + "\nevents: " + string.Join("\n", result.Events));
                Assert.True(calls.Count == result.Calls.Count, context + "\ncalls: " + string.Join("\n", Raw.Calls(result)));
                for (var i = 0; i < calls.Count; i++)
                {
                    Assert.True(calls[i].Name == result.Calls[i].Name, context);
                    Assert.True(
                        JsonNode.DeepEquals(calls[i].Arguments, JsonNode.Parse(result.Calls[i].ArgumentsText)),
                        context + "\nexpected " + calls[i].Arguments.ToJsonString(Relaxed) + "\nactual   " + result.Calls[i].ArgumentsText);
                }

                Assert.Equal(format, result.Format);
                foreach (var sentence in new[] { before, after })
                {
                    if (sentence is not null)
                    {
                        Assert.True(result.Content?.Contains(sentence, StringComparison.Ordinal) == true, context + "\ncontent: " + result.Content);
                    }
                }

                if (before is null && after is null)
                {
                    Assert.True(result.Content is null, context + "\ncontent: " + result.Content);
                }

                if (format == RawToolCallFormat.Mistral)
                {
                    Assert.All(result.Calls, c => Assert.Matches("^[a-zA-Z0-9]{9}$", c.Id));
                }
            }

            if (round < FullyStreamedRounds)
            {
                Raw.Parse(text, format, tools);
            }
            else
            {
                var whole = RawToolCalls.Parse(text, format, tools);
                var pieces = new List<string>();
                for (var at = 0; at < text.Length;)
                {
                    var length = Math.Min(text.Length - at, random.Next(1, 12));
                    pieces.Add(text.Substring(at, length));
                    at += length;
                }

                Raw.StreamAgrees(whole, format, tools, pieces.ToArray());
            }
        }
    }

    /// <summary>
    /// Broken text never throws: rendered texts cut short, with characters deleted, doubled or inserted (markers among
    /// them), read with the format named and with Auto; streamed in random pieces, the result is the same.
    /// </summary>
    [Theory]
    [MemberData(nameof(Formats))]
    public void Mutated_text_never_throws_and_streams_the_same(RawToolCallFormat format)
    {
        var random = new Random(104729 * ((int)format + 1));
        string[] inserts = { "<tool_call>", "</tool_call>", "[TOOL_CALLS]", "<think>", "</think>", "<|channel|>", "<|message|>", "<|call|>", "{", "}", "[", "]", "\"", "'", "\\", "(", ")", ",", "\n", "<escape>", "<|tool_call_begin|>", "<｜tool▁sep｜>", "to=functions.", "<function=", "</parameter>", "<arg_value>" };
        for (var round = 0; round < Rounds; round++)
        {
            var calls = new List<(string Name, JsonObject Arguments)> { (Names[random.Next(Names.Length)].Replace("-", "_", StringComparison.Ordinal), RandomArguments(random, format)) };
            if (random.Next(2) == 0)
            {
                calls.Add(("g", RandomArguments(random, format)));
            }

            var text = Render(format, calls, random.Next(2) == 0 ? "Sure." : null, random.Next(2) == 0 ? "Done." : null, random);
            for (var edits = random.Next(1, 4); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0:
                        text = text.Substring(0, at);
                        break;
                    case 1:
                        text = text.Remove(at, Math.Min(text.Length - at, random.Next(1, 6)));
                        break;
                    case 2:
                        text = text.Insert(at, inserts[random.Next(inserts.Length)]);
                        break;
                    default:
                        text = text.Insert(at, text.Substring(at, Math.Min(text.Length - at, random.Next(1, 8))));
                        break;
                }
            }

            foreach (var asked in new[] { format, RawToolCallFormat.Auto })
            {
                var whole = RawToolCalls.Parse(text, asked);
                var pieces = new List<string>();
                for (var at = 0; at < text.Length;)
                {
                    var length = Math.Min(text.Length - at, random.Next(1, 9));
                    pieces.Add(text.Substring(at, length));
                    at += length;
                }

                Raw.StreamAgrees(whole, asked, null, pieces.Count == 0 ? new[] { string.Empty } : pieces.ToArray());
                foreach (var call in whole.Calls)
                {
                    Assert.False(string.IsNullOrEmpty(call.Name));
                    Assert.False(string.IsNullOrEmpty(call.Id));
                }
            }
        }
    }

    // ---------------------------------------------------------------- random calls

    private static JsonObject RandomArguments(Random random, RawToolCallFormat format)
    {
        var arguments = new JsonObject();
        var count = random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            arguments["k" + i.ToString(CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "_x" : string.Empty)] = RandomValue(random, depth: 0);
        }

        return arguments;
    }

    private static JsonNode? RandomValue(Random random, int depth)
    {
        switch (random.Next(depth < 2 ? 8 : 6))
        {
            case 0:
            case 1:
                return JsonValue.Create(RandomString(random));
            case 2:
                return JsonValue.Create(random.Next(-1000, 1000));
            case 3:
                return JsonValue.Create(random.Next(-400, 400) + 0.5);
            case 4:
                return JsonValue.Create(random.Next(2) == 0);
            case 5:
                return null;
            case 6:
            {
                var array = new JsonArray();
                for (var i = random.Next(0, 3); i > 0; i--)
                {
                    array.Add(RandomValue(random, depth + 1));
                }

                return array;
            }

            default:
            {
                var obj = new JsonObject();
                for (var i = random.Next(0, 3); i > 0; i--)
                {
                    obj["n" + i.ToString(CultureInfo.InvariantCulture)] = RandomValue(random, depth + 1);
                }

                return obj;
            }
        }
    }

    private static string RandomString(Random random)
    {
        var builder = new StringBuilder();
        for (var i = random.Next(0, 10); i > 0; i--)
        {
            builder.Append(Pool[random.Next(Pool.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>A tool whose schema types each parameter as the value generated for it (for the formats typed by schema).</summary>
    private static ToolDefinition Schema(string name, JsonObject arguments)
    {
        var properties = new JsonObject();
        foreach (var (key, value) in arguments)
        {
            JsonNode type = value switch
            {
                null => new JsonArray("integer", "null"),
                JsonArray => "array",
                JsonObject => "object",
                _ => value.GetValueKind() switch
                {
                    JsonValueKind.String => "string",
                    JsonValueKind.True or JsonValueKind.False => "boolean",
                    _ => value.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
                },
            };
            properties[key] = new JsonObject { ["type"] = type };
        }

        return new ToolDefinition(name, "test", new JsonObject { ["type"] = "object", ["properties"] = properties }.ToJsonString());
    }

    // ---------------------------------------------------------------- templates

    private static string Json(JsonNode? node) => node is null ? "null" : node.ToJsonString(Relaxed);

    private static string Call(string name, JsonObject arguments, string argumentsKey) =>
        "{\"name\": " + JsonSerializer.Serialize(name) + ", \"" + argumentsKey + "\": " + Json(arguments) + "}";

    private static string Render(RawToolCallFormat format, List<(string Name, JsonObject Arguments)> calls, string? before, string? after, Random random)
    {
        var b = new StringBuilder();
        string Around(string body) => (before is null ? string.Empty : before + "\n") + body + (after is null ? string.Empty : "\n" + after);

        switch (format)
        {
            case RawToolCallFormat.Hermes:
                // Hermes 2 Pro / Qwen 2.5 template.
                return Around(string.Join("\n", calls.Select(c => "<tool_call>\n" + Call(c.Name, c.Arguments, "arguments") + "\n</tool_call>")));
            case RawToolCallFormat.Llama3Json:
                // Llama 3.1 template: the JSON alone, or after <|python_tag|>; vLLM's llama3_json: several separated by ";".
                return Around((random.Next(2) == 0 ? "<|python_tag|>" : string.Empty) + string.Join("; ", calls.Select(c => Call(c.Name, c.Arguments, "parameters"))));
            case RawToolCallFormat.Mistral:
                if (random.Next(2) == 0)
                {
                    return Around("[TOOL_CALLS] [" + string.Join(", ", calls.Select(c => Call(c.Name, c.Arguments, "arguments"))) + "]");
                }

                return Around(string.Concat(calls.Select(c => "[TOOL_CALLS]" + c.Name + (random.Next(3) == 0 ? "[ARGS]" : string.Empty) + Json(c.Arguments))));
            case RawToolCallFormat.Pythonic:
            {
                var list = string.Join(", ", calls.Select(c => c.Name + "(" + string.Join(", ", c.Arguments.Select(p => p.Key + "=" + Python(p.Value, random))) + ")"));
                switch (random.Next(3))
                {
                    case 0:
                        return Around("[" + list + "]");
                    case 1:
                        return Around("<|python_start|>[" + list + "]<|python_end|>");
                    default:
                        return Around("<function_calls>\n" + string.Join("\n", calls.Select(c => c.Name + "(" + string.Join(", ", c.Arguments.Select(p => p.Key + "=" + Python(p.Value, random))) + ")")) + "\n</function_calls>");
                }
            }

            case RawToolCallFormat.Qwen3Coder:
                // Qwen3-Coder template: strings as they are, other values as JSON.
                return Around(string.Join("\n", calls.Select(c =>
                    "<tool_call>\n<function=" + c.Name + ">\n" +
                    string.Concat(c.Arguments.Select(p => "<parameter=" + p.Key + ">\n" + Bare(p.Value) + "\n</parameter>\n")) +
                    "</function>\n</tool_call>")));
            case RawToolCallFormat.Glm45:
                return Around(string.Join("\n", calls.Select(c =>
                    "<tool_call>" + c.Name + "\n" +
                    string.Concat(c.Arguments.Select(p => "<arg_key>" + p.Key + "</arg_key>\n<arg_value>" + Bare(p.Value) + "</arg_value>\n")) +
                    "</tool_call>")));
            case RawToolCallFormat.DeepSeek:
            {
                var v3 = random.Next(2) == 0;
                b.Append("<｜tool▁calls▁begin｜>");
                foreach (var (name, arguments) in calls)
                {
                    b.Append(v3
                        ? "<｜tool▁call▁begin｜>function<｜tool▁sep｜>" + name + "\n```json\n" + Json(arguments) + "\n```<｜tool▁call▁end｜>"
                        : "<｜tool▁call▁begin｜>" + name + "<｜tool▁sep｜>" + Json(arguments) + "<｜tool▁call▁end｜>");
                }

                b.Append("<｜tool▁calls▁end｜>");
                return Around(b.ToString());
            }

            case RawToolCallFormat.Granite:
                return Around("<|tool_call|>[" + string.Join(", ", calls.Select(c => Call(c.Name, c.Arguments, "arguments"))) + "]");
            case RawToolCallFormat.InternLM:
                return Around(string.Concat(calls.Select(c => "<|action_start|><|plugin|>\n" + Call(c.Name, c.Arguments, "parameters") + "<|action_end|>")));
            case RawToolCallFormat.Jamba:
                return Around("<tool_calls>[" + string.Join(", ", calls.Select(c => Call(c.Name, c.Arguments, "arguments"))) + "]</tool_calls>");
            case RawToolCallFormat.Harmony:
                if (before is not null)
                {
                    b.Append("<|channel|>commentary<|message|>").Append(before).Append("<|end|>");
                }

                foreach (var (name, arguments) in calls)
                {
                    b.Append("<|start|>assistant<|channel|>commentary to=functions.").Append(name).Append(" <|constrain|>json<|message|>").Append(Json(arguments)).Append("<|call|>");
                }

                if (after is not null)
                {
                    b.Append("<|start|>assistant<|channel|>final<|message|>").Append(after).Append("<|return|>");
                }

                return b.ToString();
            case RawToolCallFormat.Gemma:
                return Around(string.Concat(calls.Select(c => "<start_function_call>call:" + c.Name + Gemma(c.Arguments) + "<end_function_call>")));
            case RawToolCallFormat.KimiK2:
                b.Append("<|tool_calls_section_begin|>");
                for (var i = 0; i < calls.Count; i++)
                {
                    b.Append("<|tool_call_begin|>functions.").Append(calls[i].Name).Append(':').Append(i.ToString(CultureInfo.InvariantCulture))
                        .Append("<|tool_call_argument_begin|>").Append(Json(calls[i].Arguments)).Append("<|tool_call_end|>");
                }

                b.Append("<|tool_calls_section_end|>");
                return Around(b.ToString());
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>Qwen3-Coder and GLM: a string as it is, anything else as JSON.</summary>
    private static string Bare(JsonNode? value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : Json(value);

    /// <summary>Python's repr, in either quote style.</summary>
    private static string Python(JsonNode? value, Random random)
    {
        switch (value)
        {
            case null:
                return "None";
            case JsonArray array:
                return "[" + string.Join(", ", array.Select(v => Python(v, random))) + "]";
            case JsonObject obj:
                return "{" + string.Join(", ", obj.Select(p => PythonString(p.Key, random) + ": " + Python(p.Value, random))) + "}";
        }

        var scalar = (JsonValue)value;
        return scalar.GetValueKind() switch
        {
            JsonValueKind.String => PythonString(scalar.GetValue<string>(), random),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            _ => scalar.ToJsonString(),
        };
    }

    private static string PythonString(string text, Random random)
    {
        var quote = random.Next(2) == 0 ? '"' : '\'';
        var b = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (c == quote)
                    {
                        b.Append('\\');
                    }

                    b.Append(c);
                    break;
            }
        }

        return b.Append(quote).ToString();
    }

    /// <summary>FunctionGemma: strings between &lt;escape&gt; tokens, keys and other values bare.</summary>
    private static string Gemma(JsonNode? value)
    {
        switch (value)
        {
            case null:
                return "null";
            case JsonArray array:
                return "[" + string.Join(",", array.Select(Gemma)) + "]";
            case JsonObject obj:
                return "{" + string.Join(",", obj.Select(p => p.Key + ":" + Gemma(p.Value))) + "}";
        }

        var scalar = (JsonValue)value;
        return scalar.GetValueKind() == JsonValueKind.String ? "<escape>" + scalar.GetValue<string>() + "<escape>" : scalar.ToJsonString();
    }
}
