using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using ToolGen.Providers;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// Before anything is measured: both sides of every read row extract the same calls (ids, names, and arguments equal
/// as JSON) and the expected ones, both streamed sides read the same text, and both sides of every write row put the
/// same tools (name, description, strict flag, schema equal as JSON) and the same number of messages in the body.
/// </summary>
internal static class CodecVerify
{
    public static int Run(CodecBenchmarks bench)
    {
        var failures = 0;
        void Check(string row, bool ok, string detail)
        {
            Console.WriteLine($"codecs verify: {row,-16} {(ok ? "same" : "DIFFERENT")} {detail}");
            failures += ok ? 0 : 1;
        }

        foreach (var (name, body) in new[] { ("chat", CodecFixtures.ChatCompletions), ("responses", CodecFixtures.Responses), ("anthropic", CodecFixtures.Anthropic), ("gemini", CodecFixtures.Gemini) })
        {
            Console.WriteLine($"codecs fixture: {name,-10} response {body.Length} B");
        }

        foreach (var (name, body) in new[] { ("chat", CodecFixtures.ChatCompletionsStream), ("responses", CodecFixtures.ResponsesStream), ("anthropic", CodecFixtures.AnthropicStream), ("gemini", CodecFixtures.GeminiStream) })
        {
            Console.WriteLine($"codecs fixture: {name,-10} stream {body.Length} B, {CodecFixtures.EventData(body).Count} events with data (no [DONE])");
        }

        Console.WriteLine($"codecs fixture: request bodies chat {bench.ToolGen.Write(ChatCompletionsCodec.Default).Length} B, responses {bench.ToolGen.Write(ResponsesCodec.Default).Length} B, anthropic {bench.ToolGen.Write(AnthropicCodec.Default).Length} B, gemini {bench.ToolGen.Write(GeminiCodec.Default).Length} B (ToolGen)");
        var chat = CodecFixtures.Expected("call_a", "call_b");
        var anthropic = CodecFixtures.Expected("toolu_a", "toolu_b");
        var gemini = CodecFixtures.Expected("g1", "g2");
        Check("ReadChat", Same(chat, SdkReaders.ChatCompletions(CodecFixtures.ChatCompletions), ToolGenPaths.Read(ChatCompletionsCodec.Default, CodecFixtures.ChatCompletions)), "2 calls");
        Check("ReadChat calls", Same(chat, null, OpenAIChatCompletions.ReadToolCalls(CodecFixtures.ChatCompletions)), "ReadToolCalls: 2 calls");
        Check("ReadResponses", Same(chat, SdkReaders.Responses(CodecFixtures.Responses), ToolGenPaths.Read(ResponsesCodec.Default, CodecFixtures.Responses)), "2 calls");
        Check("ReadAnthropic", Same(anthropic, SdkReaders.Anthropic(CodecFixtures.Anthropic), ToolGenPaths.Read(AnthropicCodec.Default, CodecFixtures.Anthropic)), "2 calls");
        Check("ReadGemini", Same(gemini, null, ToolGenPaths.Read(GeminiCodec.Default, CodecFixtures.Gemini)), "2 calls (ToolGen only)");

        Check("StreamChat", SameStream(chat, SdkReaders.ChatCompletionsStream, ChatCompletionsCodec.Default, CodecFixtures.ChatCompletionsStream), "2 calls and the text");
        Check("StreamResponses", SameStream(chat, SdkReaders.ResponsesStream, ResponsesCodec.Default, CodecFixtures.ResponsesStream), "2 calls and the text");
        Check("StreamAnthropic", SameStream(anthropic, SdkReaders.AnthropicStream, AnthropicCodec.Default, CodecFixtures.AnthropicStream), "2 calls and the text");
        Check("StreamGemini", SameStream(gemini, null, GeminiCodec.Default, CodecFixtures.GeminiStream), "2 calls and the text (ToolGen only)");

        Check("WriteChat", SameRequest(bench.Sdk.ChatCompletions().ToArray(), bench.ToolGen.Write(ChatCompletionsCodec.Default), "messages", t => t.GetProperty("function")), "4 tools, 4 messages");
        Check("WriteResponses", SameRequest(bench.Sdk.Responses().ToArray(), bench.ToolGen.Write(ResponsesCodec.Default), "input", t => t), "4 tools, 5 input items");
        Check("WriteAnthropic", SameRequest(bench.AnthropicSdk.Write().ReadAsByteArrayAsync().GetAwaiter().GetResult(), bench.ToolGen.Write(AnthropicCodec.Default), "messages", t => t, "input_schema"), "4 tools, 3 messages");
        Check("WriteChat reuse", bench.ToolGen.WriteReused(ChatCompletionsCodec.Default).Span.SequenceEqual(bench.ToolGen.Write(ChatCompletionsCodec.Default)), "the same bytes through a reused writer");
        Check("WriteResp reuse", bench.ToolGen.WriteReused(ResponsesCodec.Default).Span.SequenceEqual(bench.ToolGen.Write(ResponsesCodec.Default)), "the same bytes through a reused writer");
        return failures;
    }

    private static bool Same((string Id, string Name, string Arguments)[] expected, List<ReadCall>? sdk, IReadOnlyList<ToolCall> toolGen)
    {
        var ours = toolGen.Select(c => new ReadCall(c.Id, c.Name, c.Arguments)).ToList();
        return Matches(expected, ours) && (sdk is null || Matches(expected, sdk));
    }

    private static bool SameStream((string, string, string)[] expected, Func<byte[], StringBuilder, List<ReadCall>>? sdk, ChatCodec codec, byte[] body)
    {
        var reader = ToolGenPaths.ReadStream(codec, body, new List<ToolGen.Streaming.ChatStreamUpdate>());
        if (reader.Text != CodecFixtures.Text || !Same(expected, null, reader.ToolCalls))
        {
            return false;
        }

        if (sdk is null)
        {
            return true;
        }

        var text = new StringBuilder();
        return Matches(expected, sdk(body, text)) && text.ToString() == CodecFixtures.Text;
    }

    private static bool Matches((string Id, string Name, string Arguments)[] expected, List<ReadCall> calls) =>
        calls.Count == expected.Length && calls.Zip(expected).All(p =>
            p.First.Id == p.Second.Id && p.First.Name == p.Second.Name && SameJson(Encoding.UTF8.GetString(p.First.Arguments.Span), p.Second.Arguments));

    private static bool SameRequest(byte[] sdk, byte[] toolGen, string messages, Func<JsonElement, JsonElement> function, string parameters = "parameters")
    {
        using var a = JsonDocument.Parse(sdk);
        using var b = JsonDocument.Parse(toolGen);
        if (a.RootElement.GetProperty(messages).GetArrayLength() != b.RootElement.GetProperty(messages).GetArrayLength())
        {
            return false;
        }

        var sdkTools = a.RootElement.GetProperty("tools").EnumerateArray().Select(function).ToArray();
        var ourTools = b.RootElement.GetProperty("tools").EnumerateArray().Select(function).ToArray();
        return sdkTools.Length == ourTools.Length && sdkTools.Zip(ourTools).All(p =>
            p.First.GetProperty("name").GetString() == p.Second.GetProperty("name").GetString()
            && p.First.GetProperty("description").GetString() == p.Second.GetProperty("description").GetString()
            && Strict(p.First) == Strict(p.Second)
            && JsonElement.DeepEquals(p.First.GetProperty(parameters), p.Second.GetProperty(parameters)));
    }

    private static bool Strict(JsonElement tool) => tool.TryGetProperty("strict", out var strict) && strict.GetBoolean();

    private static bool SameJson(string a, string b)
    {
        using var x = JsonDocument.Parse(a);
        using var y = JsonDocument.Parse(b);
        return JsonElement.DeepEquals(x.RootElement, y.RootElement);
    }
}
