using System;
using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ToolGen.Providers;
using ToolGen.Streaming;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// ToolGen's codecs beside the official SDKs doing the same job on the same bytes (<see cref="CodecFixtures"/>), one
/// category per row of docs/performance.md ("Codecs against the official SDKs"); the SDK is each category's baseline.
/// Every method touches each call's id, name and arguments and returns a number built from them, so nothing is
/// optimised away. Gemini has no official .NET SDK here: its categories have ToolGen alone.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class CodecBenchmarks
{
    private readonly ToolGenPaths _toolGen = new();
    private readonly SdkRequests _sdk = new();
    private readonly SdkAnthropicRequest _anthropic;

    public CodecBenchmarks() => _anthropic = new SdkAnthropicRequest(_toolGen.Messages(AnthropicCodec.Default));

    // ------------------------------------------------------------------ non-streamed response, two calls and usage

    [BenchmarkCategory("ReadChat"), Benchmark(Baseline = true)]
    public int ReadChat_Sdk() => Sum(SdkReaders.ChatCompletions(CodecFixtures.ChatCompletions));

    [BenchmarkCategory("ReadChat"), Benchmark]
    public int ReadChat_ToolGen() => Sum(ToolGenPaths.Read(ChatCompletionsCodec.Default, CodecFixtures.ChatCompletions));

    /// <summary>The calls alone (no text, usage or history message): <c>OpenAIChatCompletions.ReadToolCalls</c>.</summary>
    [BenchmarkCategory("ReadChat"), Benchmark]
    public int ReadChat_ToolGenCallsOnly() => Sum(OpenAIChatCompletions.ReadToolCalls(CodecFixtures.ChatCompletions));

    [BenchmarkCategory("ReadResponses"), Benchmark(Baseline = true)]
    public int ReadResponses_Sdk() => Sum(SdkReaders.Responses(CodecFixtures.Responses));

    [BenchmarkCategory("ReadResponses"), Benchmark]
    public int ReadResponses_ToolGen() => Sum(ToolGenPaths.Read(ResponsesCodec.Default, CodecFixtures.Responses));

    [BenchmarkCategory("ReadAnthropic"), Benchmark(Baseline = true)]
    public int ReadAnthropic_Sdk() => Sum(SdkReaders.Anthropic(CodecFixtures.Anthropic));

    /// <summary>The SDK's read with the inputs left as its parsed values (not written back to UTF-8 for a dispatcher).</summary>
    [BenchmarkCategory("ReadAnthropic"), Benchmark]
    public int ReadAnthropic_SdkInputAsParsed() => SdkReaders.AnthropicInputAsParsed(CodecFixtures.Anthropic);

    [BenchmarkCategory("ReadAnthropic"), Benchmark]
    public int ReadAnthropic_ToolGen() => Sum(ToolGenPaths.Read(AnthropicCodec.Default, CodecFixtures.Anthropic));

    [BenchmarkCategory("ReadGemini"), Benchmark]
    public int ReadGemini_ToolGen() => Sum(ToolGenPaths.Read(GeminiCodec.Default, CodecFixtures.Gemini));

    // ------------------------------------------------------------------ SSE stream: text, then two calls

    [BenchmarkCategory("StreamChat"), Benchmark(Baseline = true)]
    public int StreamChat_Sdk() => Sum(SdkReaders.ChatCompletionsStream(CodecFixtures.ChatCompletionsStream, new StringBuilder()));

    [BenchmarkCategory("StreamChat"), Benchmark]
    public int StreamChat_ToolGen() => Stream(ChatCompletionsCodec.Default, CodecFixtures.ChatCompletionsStream);

    [BenchmarkCategory("StreamResponses"), Benchmark(Baseline = true)]
    public int StreamResponses_Sdk() => Sum(SdkReaders.ResponsesStream(CodecFixtures.ResponsesStream, new StringBuilder()));

    [BenchmarkCategory("StreamResponses"), Benchmark]
    public int StreamResponses_ToolGen() => Stream(ResponsesCodec.Default, CodecFixtures.ResponsesStream);

    [BenchmarkCategory("StreamAnthropic"), Benchmark(Baseline = true)]
    public int StreamAnthropic_Sdk() => Sum(SdkReaders.AnthropicStream(CodecFixtures.AnthropicStream, new StringBuilder()));

    [BenchmarkCategory("StreamAnthropic"), Benchmark]
    public int StreamAnthropic_ToolGen() => Stream(AnthropicCodec.Default, CodecFixtures.AnthropicStream);

    [BenchmarkCategory("StreamGemini"), Benchmark]
    public int StreamGemini_ToolGen() => Stream(GeminiCodec.Default, CodecFixtures.GeminiStream);

    // ------------------------------------------------------------------ request: four strict tools, five messages

    [BenchmarkCategory("WriteChat"), Benchmark(Baseline = true)]
    public int WriteChat_Sdk() => _sdk.ChatCompletions().ToMemory().Length;

    [BenchmarkCategory("WriteChat"), Benchmark]
    public int WriteChat_ToolGen() => _toolGen.Write(ChatCompletionsCodec.Default).Length;

    [BenchmarkCategory("WriteChat"), Benchmark]
    public int WriteChat_ToolGenReusedWriter() => _toolGen.WriteReused(ChatCompletionsCodec.Default).Length;

    [BenchmarkCategory("WriteResponses"), Benchmark(Baseline = true)]
    public int WriteResponses_Sdk() => _sdk.Responses().ToMemory().Length;

    [BenchmarkCategory("WriteResponses"), Benchmark]
    public int WriteResponses_ToolGen() => _toolGen.Write(ResponsesCodec.Default).Length;

    [BenchmarkCategory("WriteResponses"), Benchmark]
    public int WriteResponses_ToolGenReusedWriter() => _toolGen.WriteReused(ResponsesCodec.Default).Length;

    [BenchmarkCategory("WriteAnthropic"), Benchmark(Baseline = true)]
    public long WriteAnthropic_Sdk() => _anthropic.Write().Headers.ContentLength ?? 0;

    [BenchmarkCategory("WriteAnthropic"), Benchmark]
    public int WriteAnthropic_ToolGen() => _toolGen.Write(AnthropicCodec.Default).Length;

    [BenchmarkCategory("WriteGemini"), Benchmark]
    public int WriteGemini_ToolGen() => _toolGen.Write(GeminiCodec.Default).Length;

    internal ToolGenPaths ToolGen => _toolGen;

    internal SdkRequests Sdk => _sdk;

    internal SdkAnthropicRequest AnthropicSdk => _anthropic;

    internal static int Stream(ChatCodec codec, byte[] body)
    {
        var updates = new List<ChatStreamUpdate>();
        var reader = ToolGenPaths.ReadStream(codec, body, updates);
        return updates.Count + Sum(reader.ToolCalls);
    }

    internal static int Sum(List<ReadCall> calls)
    {
        var n = 0;
        foreach (var call in calls)
        {
            n += call.Id.Length + call.Name.Length + call.Arguments.Length;
        }

        return n;
    }

    internal static int Sum(IReadOnlyList<ToolCall> calls)
    {
        var n = 0;
        for (var i = 0; i < calls.Count; i++)
        {
            n += calls[i].Id.Length + calls[i].Name.Length + calls[i].Arguments.Length;
        }

        return n;
    }
}
