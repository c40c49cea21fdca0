using System.Collections.Generic;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ToolGen.Providers;
using ToolGen.Streaming;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The <c>codecs-limit</c> rows: for each provider's 40-call response and stream (<see cref="LimitFixtures"/>) the
/// hand-written limit (<see cref="LimitPlain"/>, <see cref="LimitStreams"/>; each category's baseline), the ToolGen
/// codec as the chat loop calls it (<c>ReadResponse</c>; a fresh stream reader fed the whole body, then
/// <c>Complete</c>), and the official SDK where there is one (<see cref="SdkReaders"/>: the model type, then each
/// call's id, name and arguments' UTF-8). Every method returns a number built from every call, so nothing is dropped.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class LimitBenchmarks
{
    [BenchmarkCategory("Read40Chat"), Benchmark(Baseline = true)]
    public int ReadChat_Limit() => Sum(LimitPlain.Chat(LimitFixtures.ChatCompletions));

    [BenchmarkCategory("Read40Chat"), Benchmark]
    public int ReadChat_ToolGen() => Sum(ChatCompletionsCodec.Default.ReadResponse(LimitFixtures.ChatCompletions).ToolCalls);

    [BenchmarkCategory("Read40Chat"), Benchmark]
    public int ReadChat_Sdk() => Sum(SdkReaders.ChatCompletions(LimitFixtures.ChatCompletions));

    [BenchmarkCategory("Read40Responses"), Benchmark(Baseline = true)]
    public int ReadResponses_Limit() => Sum(LimitPlain.Responses(LimitFixtures.Responses));

    [BenchmarkCategory("Read40Responses"), Benchmark]
    public int ReadResponses_ToolGen() => Sum(ResponsesCodec.Default.ReadResponse(LimitFixtures.Responses).ToolCalls);

    [BenchmarkCategory("Read40Responses"), Benchmark]
    public int ReadResponses_Sdk() => Sum(SdkReaders.Responses(LimitFixtures.Responses));

    [BenchmarkCategory("Read40Anthropic"), Benchmark(Baseline = true)]
    public int ReadAnthropic_Limit() => Sum(LimitPlain.Anthropic(LimitFixtures.Anthropic));

    [BenchmarkCategory("Read40Anthropic"), Benchmark]
    public int ReadAnthropic_ToolGen() => Sum(AnthropicCodec.Default.ReadResponse(LimitFixtures.Anthropic).ToolCalls);

    [BenchmarkCategory("Read40Anthropic"), Benchmark]
    public int ReadAnthropic_Sdk() => Sum(SdkReaders.Anthropic(LimitFixtures.Anthropic));

    [BenchmarkCategory("Read40Gemini"), Benchmark(Baseline = true)]
    public int ReadGemini_Limit() => Sum(LimitPlain.Gemini(LimitFixtures.Gemini));

    [BenchmarkCategory("Read40Gemini"), Benchmark]
    public int ReadGemini_ToolGen() => Sum(GeminiCodec.Default.ReadResponse(LimitFixtures.Gemini).ToolCalls);

    [BenchmarkCategory("Stream40Chat"), Benchmark(Baseline = true)]
    public int StreamChat_Limit() => Sum(LimitStreams.Chat(LimitFixtures.ChatCompletionsStream));

    [BenchmarkCategory("Stream40Chat"), Benchmark]
    public int StreamChat_ToolGen() => Stream(ChatCompletionsCodec.Default, LimitFixtures.ChatCompletionsStream);

    [BenchmarkCategory("Stream40Chat"), Benchmark]
    public int StreamChat_Sdk() => Sum(SdkReaders.ChatCompletionsStream(LimitFixtures.ChatCompletionsStream, new StringBuilder()));

    [BenchmarkCategory("Stream40Responses"), Benchmark(Baseline = true)]
    public int StreamResponses_Limit() => Sum(LimitStreams.Responses(LimitFixtures.ResponsesStream));

    [BenchmarkCategory("Stream40Responses"), Benchmark]
    public int StreamResponses_ToolGen() => Stream(ResponsesCodec.Default, LimitFixtures.ResponsesStream);

    [BenchmarkCategory("Stream40Responses"), Benchmark]
    public int StreamResponses_Sdk() => Sum(SdkReaders.ResponsesStream(LimitFixtures.ResponsesStream, new StringBuilder()));

    [BenchmarkCategory("Stream40Anthropic"), Benchmark(Baseline = true)]
    public int StreamAnthropic_Limit() => Sum(LimitStreams.Anthropic(LimitFixtures.AnthropicStream));

    [BenchmarkCategory("Stream40Anthropic"), Benchmark]
    public int StreamAnthropic_ToolGen() => Stream(AnthropicCodec.Default, LimitFixtures.AnthropicStream);

    [BenchmarkCategory("Stream40Anthropic"), Benchmark]
    public int StreamAnthropic_Sdk() => Sum(SdkReaders.AnthropicStream(LimitFixtures.AnthropicStream, new StringBuilder()));

    [BenchmarkCategory("Stream40Gemini"), Benchmark(Baseline = true)]
    public int StreamGemini_Limit() => Sum(LimitStreams.Gemini(LimitFixtures.GeminiStream));

    [BenchmarkCategory("Stream40Gemini"), Benchmark]
    public int StreamGemini_ToolGen() => Stream(GeminiCodec.Default, LimitFixtures.GeminiStream);

    private static int Stream(ChatCodec codec, byte[] body) => CodecBenchmarks.Stream(codec, body);

    private static int Sum(LimitResult result)
    {
        var n = result.Text.Length + result.FinishReason.Length;
        for (var i = 0; i < result.Count; i++)
        {
            n += result.Calls[i].Id.Length + result.Calls[i].Name.Length + result.Calls[i].Arguments.Length;
        }

        return n;
    }

    private static int Sum(List<ReadCall> calls) => CodecBenchmarks.Sum(calls);

    private static int Sum(IReadOnlyList<ToolCall> calls) => CodecBenchmarks.Sum(calls);
}
