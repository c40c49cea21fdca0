using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ToolGen.RawCalls;

namespace ToolGen.Benchmarks.RawCalls;

/// <summary>
/// Reading tool calls out of a model's text (issue 16): a 4 KB output holding 8 calls, per format, read by
/// <see cref="RawToolCalls.Parse"/> (the format named, and Auto) against the usual Regex-based extraction (one pattern
/// per format, as many clients and servers do it, the arguments checked or built with System.Text.Json).
/// Run with <c>dotnet run -c Release --project tests/ToolGen.Benchmarks -- --filter *RawCalls*</c>.
/// </summary>
[MemoryDiagnoser]
public class RawCallsBenchmarks
{
    private const int Calls = 8;
    private const int TargetLength = 4096;

    private static readonly string[] Cities = { "Paris", "Zürich", "東京", "New York", "São Paulo", "Oslo", "Lagos", "Lima" };

    private static readonly RegexOptions Options = RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private string _text = string.Empty;
    private Regex _call = null!;
    private Regex? _inner;

    [Params(
        RawToolCallFormat.Hermes, RawToolCallFormat.Llama3Json, RawToolCallFormat.Mistral, RawToolCallFormat.Pythonic,
        RawToolCallFormat.Qwen3Coder, RawToolCallFormat.DeepSeek, RawToolCallFormat.Granite, RawToolCallFormat.InternLM,
        RawToolCallFormat.Jamba, RawToolCallFormat.Harmony, RawToolCallFormat.Gemma, RawToolCallFormat.Glm45, RawToolCallFormat.KimiK2)]
    public RawToolCallFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Text(Format);
        (_call, _inner) = Patterns(Format);
        var parsed = RawToolCalls.Parse(_text, Format).Calls.Count;
        var regex = WithRegex().Count;
        if (parsed != Calls || regex != Calls)
        {
            throw new InvalidOperationException(Format + ": RawToolCalls read " + parsed + " calls, the regex " + regex + "; expected " + Calls + ".");
        }
    }

    [Benchmark(Baseline = true)]
    public List<(string Name, string Arguments)> Regex_extraction() => WithRegex();

    [Benchmark]
    public RawToolCallResult RawToolCalls_named() => RawToolCalls.Parse(_text, Format);

    [Benchmark]
    public RawToolCallResult RawToolCalls_auto() => RawToolCalls.Parse(_text);

    // ---------------------------------------------------------------- the text

    private static string Text(RawToolCallFormat format)
    {
        var calls = new List<string>();
        for (var i = 0; i < Calls; i++)
        {
            calls.Add(Render(format, i, Cities[i], i + 1));
        }

        // Prose around the calls, up to about 4 KB, as a chatty model writes it.
        const string Filler = "Let me look that up for you; the forecast depends on the city and the season, so I will check each one. ";
        var prose = new StringBuilder();
        var callsLength = 0;
        foreach (var call in calls)
        {
            callsLength += call.Length;
        }

        while (prose.Length + callsLength < TargetLength)
        {
            prose.Append(Filler);
        }

        var text = new StringBuilder(prose.ToString());
        text.Append('\n');
        switch (format)
        {
            case RawToolCallFormat.Mistral:
                text.Append("[TOOL_CALLS] [").Append(string.Join(", ", calls)).Append(']');
                break;
            case RawToolCallFormat.Llama3Json:
                text.Append("<|python_tag|>").Append(string.Join("; ", calls));
                break;
            case RawToolCallFormat.Pythonic:
                text.Append('[').Append(string.Join(", ", calls)).Append(']');
                break;
            case RawToolCallFormat.DeepSeek:
                text.Append("<｜tool▁calls▁begin｜>").Append(string.Concat(calls)).Append("<｜tool▁calls▁end｜>");
                break;
            case RawToolCallFormat.Granite:
                text.Append("<|tool_call|>[").Append(string.Join(", ", calls)).Append(']');
                break;
            case RawToolCallFormat.Jamba:
                text.Append("<tool_calls>[").Append(string.Join(", ", calls)).Append("]</tool_calls>");
                break;
            case RawToolCallFormat.KimiK2:
                text.Append("<|tool_calls_section_begin|>").Append(string.Concat(calls)).Append("<|tool_calls_section_end|>");
                break;
            default:
                text.Append(string.Join("\n", calls));
                break;
        }

        return text.ToString();
    }

    private static string Render(RawToolCallFormat format, int index, string city, int days)
    {
        var json = "{\"city\": \"" + city + "\", \"days\": " + days.ToString(CultureInfo.InvariantCulture) + "}";
        var d = days.ToString(CultureInfo.InvariantCulture);
        return format switch
        {
            RawToolCallFormat.Hermes => "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": " + json + "}\n</tool_call>",
            RawToolCallFormat.Llama3Json => "{\"name\": \"get_weather\", \"parameters\": " + json + "}",
            RawToolCallFormat.Mistral or RawToolCallFormat.Granite or RawToolCallFormat.Jamba => "{\"name\": \"get_weather\", \"arguments\": " + json + "}",
            RawToolCallFormat.Pythonic => "get_weather(city=\"" + city + "\", days=" + d + ")",
            RawToolCallFormat.Qwen3Coder => "<tool_call>\n<function=get_weather>\n<parameter=city>\n" + city + "\n</parameter>\n<parameter=days>\n" + d + "\n</parameter>\n</function>\n</tool_call>",
            RawToolCallFormat.DeepSeek => "<｜tool▁call▁begin｜>get_weather<｜tool▁sep｜>" + json + "<｜tool▁call▁end｜>",
            RawToolCallFormat.InternLM => "<|action_start|><|plugin|>\n{\"name\": \"get_weather\", \"parameters\": " + json + "}<|action_end|>",
            RawToolCallFormat.Harmony => "<|start|>assistant<|channel|>commentary to=functions.get_weather <|constrain|>json<|message|>" + json + "<|call|>",
            RawToolCallFormat.Gemma => "<start_function_call>call:get_weather{city:<escape>" + city + "<escape>,days:" + d + "}<end_function_call>",
            RawToolCallFormat.Glm45 => "<tool_call>get_weather\n<arg_key>city</arg_key>\n<arg_value>" + city + "</arg_value>\n<arg_key>days</arg_key>\n<arg_value>" + d + "</arg_value>\n</tool_call>",
            RawToolCallFormat.KimiK2 => "<|tool_call_begin|>functions.get_weather:" + index.ToString(CultureInfo.InvariantCulture) + "<|tool_call_argument_begin|>" + json + "<|tool_call_end|>",
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    // ---------------------------------------------------------------- the regex way

    /// <summary>One pattern for the calls (name in group 1, arguments or body in group 2) and, for formats that spell values out, one for the values.</summary>
    private static (Regex Call, Regex? Inner) Patterns(RawToolCallFormat format) => format switch
    {
        RawToolCallFormat.Hermes => (new Regex(@"<tool_call>\s*(\{.*?\})\s*</tool_call>", Options), null),
        RawToolCallFormat.Llama3Json => (new Regex(@"(\{""name"":\s*""[^""]+"",\s*""parameters"":\s*\{.*?\}\})", Options), null),
        RawToolCallFormat.Mistral => (new Regex(@"\[TOOL_CALLS\]\s*(\[.*\])", Options), null),
        RawToolCallFormat.Granite => (new Regex(@"<\|tool_call\|>\s*(\[.*\])", Options), null),
        RawToolCallFormat.Jamba => (new Regex(@"<tool_calls>\s*(\[.*?\])\s*</tool_calls>", Options), null),
        RawToolCallFormat.InternLM => (new Regex(@"<\|action_start\|><\|plugin\|>\s*(\{.*?\})\s*<\|action_end\|>", Options), null),
        RawToolCallFormat.Pythonic => (new Regex(@"([A-Za-z_][\w.]*)\(((?:[^()""']|""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*')*)\)", Options),
                                       new Regex(@"(\w+)\s*=\s*(""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'|[^,]+)", Options)),
        RawToolCallFormat.Qwen3Coder => (new Regex(@"<function=([^>]+)>(.*?)</function>", Options), new Regex(@"<parameter=([^>]+)>\n?(.*?)\n?</parameter>", Options)),
        RawToolCallFormat.DeepSeek => (new Regex(@"<｜tool▁call▁begin｜>(.*?)<｜tool▁sep｜>(.*?)<｜tool▁call▁end｜>", Options), null),
        RawToolCallFormat.Harmony => (new Regex(@"to=functions\.([\w.-]+)[^<]*(?:<\|constrain\|>\w+)?<\|message\|>(.*?)<\|call\|>", Options), null),
        RawToolCallFormat.Gemma => (new Regex(@"<start_function_call>call:(\w+)\{(.*?)\}<end_function_call>", Options), new Regex(@"(\w+):(?:<escape>(.*?)<escape>|([^,}]+))", Options)),
        RawToolCallFormat.Glm45 => (new Regex(@"<tool_call>([^\n<]+)\n?(.*?)</tool_call>", Options), new Regex(@"<arg_key>(.*?)</arg_key>\s*<arg_value>(.*?)</arg_value>", Options)),
        RawToolCallFormat.KimiK2 => (new Regex(@"<\|tool_call_begin\|>\s*(?:functions\.)?([\w.-]+):\d+\s*<\|tool_call_argument_begin\|>(.*?)<\|tool_call_end\|>", Options), null),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    private List<(string Name, string Arguments)> WithRegex()
    {
        var calls = new List<(string, string)>();
        foreach (Match match in _call.Matches(_text))
        {
            switch (Format)
            {
                case RawToolCallFormat.Hermes:
                case RawToolCallFormat.Llama3Json:
                case RawToolCallFormat.InternLM:
                    AddJsonCall(calls, match.Groups[1].Value);
                    break;
                case RawToolCallFormat.Mistral:
                case RawToolCallFormat.Granite:
                case RawToolCallFormat.Jamba:
                    using (var document = JsonDocument.Parse(match.Groups[1].Value))
                    {
                        foreach (var element in document.RootElement.EnumerateArray())
                        {
                            calls.Add((element.GetProperty("name").GetString()!, Arguments(element)));
                        }
                    }

                    break;
                case RawToolCallFormat.DeepSeek:
                case RawToolCallFormat.Harmony:
                case RawToolCallFormat.KimiK2:
                    using (var document = JsonDocument.Parse(match.Groups[2].Value))
                    {
                        calls.Add((match.Groups[1].Value.Trim(), document.RootElement.GetRawText()));
                    }

                    break;
                default:
                    calls.Add((match.Groups[1].Value.Trim(), Pairs(match.Groups[2].Value)));
                    break;
            }
        }

        return calls;
    }

    private static void AddJsonCall(List<(string, string)> calls, string json)
    {
        using var document = JsonDocument.Parse(json);
        calls.Add((document.RootElement.GetProperty("name").GetString()!, Arguments(document.RootElement)));
    }

    private static string Arguments(JsonElement call) =>
        call.TryGetProperty("arguments", out var arguments) || call.TryGetProperty("parameters", out arguments) ? arguments.GetRawText() : "{}";

    /// <summary>Key/value pairs found by the inner pattern, written as a JSON object of strings and numbers.</summary>
    private string Pairs(string body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (Match pair in _inner!.Matches(body))
            {
                var value = pair.Groups[2].Success && pair.Groups[2].Length > 0 ? pair.Groups[2].Value : pair.Groups[3].Value;
                value = value.Trim();
                if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[value.Length - 1] == value[0])
                {
                    value = value.Substring(1, value.Length - 2);
                }

                writer.WritePropertyName(pair.Groups[1].Value.Trim());
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteStringValue(value);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
