using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.Report;
using ToolGen.Providers;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>
/// The <c>codecs-limit</c> mode (issue 15, item 7): a check that limit, codec and SDK extract the same 40 calls (ids,
/// names, argument bytes; text and finish reason for the limit and the codec), then the interleaved thread-CPU-time run
/// (the paths of a category alternating in ~8 ms batches, 41 rounds, medians; bytes per read from this thread's
/// allocation counter), then <see cref="LimitBenchmarks"/> under BenchmarkDotNet (1 launch, 3 warm-up and 8 measured
/// iterations of 200 ms; <c>--quick</c>: 1 and 3) for its allocation column. <c>TOOLGEN_CODECS_INTERLEAVED_ONLY=1</c>
/// stops after the interleaved run. Not part of <c>all</c>.
/// </summary>
internal static class LimitRun
{
    private const int Rounds = 41;

    public static int Run(string artifacts, bool quick)
    {
        Console.WriteLine($"codecs-limit: load average {ReportWriter.LoadAverage()}");
        if (Verify() != 0)
        {
            Console.Error.WriteLine("codecs-limit: limit, codec and SDK extract different calls; not measuring them");
            return 1;
        }

        Interleaved(new LimitBenchmarks());
        Console.WriteLine($"codecs-limit: load average {ReportWriter.LoadAverage()}");
        if (Environment.GetEnvironmentVariable("TOOLGEN_CODECS_INTERLEAVED_ONLY") == "1")
        {
            return 0;
        }

        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 3 : 8)
            .WithIterationTime(TimeInterval.FromMilliseconds(200))
            .WithId(quick ? "Quick" : "Limit");
        var config = DefaultConfig.Instance.AddJob(job).WithArtifactsPath(artifacts).WithOptions(ConfigOptions.DisableLogFile);
        BenchmarkRunner.Run<LimitBenchmarks>(config);
        Console.WriteLine($"codecs-limit: load average {ReportWriter.LoadAverage()}");
        return 0;
    }

    private static int Verify()
    {
        var failures = 0;
        void Check(string row, string prefix, LimitResult limit, IReadOnlyList<ToolCall> codec, string? codecFinish, List<ReadCall>? sdk, string? codecText = null)
        {
            var expected = LimitFixtures.Calls.Select((c, i) => (Id: LimitFixtures.Id(prefix, i), c.Name, c.Arguments)).ToArray();
            var limitOk = limit.Count == expected.Length && expected.Select((e, i) =>
                Utf8(limit.Calls[i].Id) == e.Id && Utf8(limit.Calls[i].Name) == e.Name && Utf8(limit.Calls[i].Arguments) == e.Arguments).All(x => x);
            var exactBytes = codec.Count == expected.Length && expected.Select((e, i) => codec[i].Id == e.Id && codec[i].Name == e.Name && Utf8(codec[i].Arguments) == e.Arguments).All(x => x);
            var codecOk = exactBytes || (codec.Count == expected.Length && expected.Select((e, i) => codec[i].Id == e.Id && codec[i].Name == e.Name && SameJson(Utf8(codec[i].Arguments), e.Arguments)).All(x => x));
            var sdkOk = sdk is null || (sdk.Count == expected.Length && expected.Select((e, i) => sdk[i].Id == e.Id && sdk[i].Name == e.Name && SameJson(Utf8(sdk[i].Arguments), e.Arguments)).All(x => x));
            var textOk = codecText is null || (codecText == LimitFixtures.Text && Utf8(limit.Text) == LimitFixtures.Text);
            var ok = limitOk && codecOk && sdkOk && textOk;
            failures += ok ? 0 : 1;
            Console.WriteLine($"codecs-limit verify: {row,-18} {(ok ? "same" : "DIFFERENT")} limit {limitOk} codec {codecOk}{(exactBytes ? " (same bytes)" : " (equal JSON)")} sdk {(sdk is null ? "n/a" : sdkOk.ToString())}" +
                $"{(codecText is null ? string.Empty : " text " + textOk)}; finish reason limit '{Utf8(limit.FinishReason)}' codec '{codecFinish}'");
        }

        foreach (var (name, body) in new[] { ("chat", LimitFixtures.ChatCompletions), ("responses", LimitFixtures.Responses), ("anthropic", LimitFixtures.Anthropic), ("gemini", LimitFixtures.Gemini) })
        {
            Console.WriteLine($"codecs-limit fixture: {name,-10} response {body.Length} B");
        }

        foreach (var (name, body) in new[] { ("chat", LimitFixtures.ChatCompletionsStream), ("responses", LimitFixtures.ResponsesStream), ("anthropic", LimitFixtures.AnthropicStream), ("gemini", LimitFixtures.GeminiStream) })
        {
            Console.WriteLine($"codecs-limit fixture: {name,-10} stream {body.Length} B, {CodecFixtures.EventData(body).Count} events with data");
        }

        var turn = ChatCompletionsCodec.Default.ReadResponse(LimitFixtures.ChatCompletions);
        Check("Read40Chat", "call_", LimitPlain.Chat(LimitFixtures.ChatCompletions), turn.ToolCalls, turn.FinishReason, SdkReaders.ChatCompletions(LimitFixtures.ChatCompletions));
        turn = ResponsesCodec.Default.ReadResponse(LimitFixtures.Responses);
        Check("Read40Responses", "call_", LimitPlain.Responses(LimitFixtures.Responses), turn.ToolCalls, turn.FinishReason, SdkReaders.Responses(LimitFixtures.Responses));
        turn = AnthropicCodec.Default.ReadResponse(LimitFixtures.Anthropic);
        Check("Read40Anthropic", "toolu_", LimitPlain.Anthropic(LimitFixtures.Anthropic), turn.ToolCalls, turn.FinishReason, SdkReaders.Anthropic(LimitFixtures.Anthropic));
        turn = GeminiCodec.Default.ReadResponse(LimitFixtures.Gemini);
        Check("Read40Gemini", "g", LimitPlain.Gemini(LimitFixtures.Gemini), turn.ToolCalls, turn.FinishReason, null);

        void CheckStream(string row, string prefix, Func<byte[], LimitResult> limit, ChatCodec codec, byte[] body, Func<byte[], StringBuilder, List<ReadCall>>? sdk)
        {
            var reader = ToolGenPaths.ReadStream(codec, body, new List<ToolGen.Streaming.ChatStreamUpdate>());
            var text = new StringBuilder();
            var sdkCalls = sdk?.Invoke(body, text);
            if (sdk is not null && text.ToString() != LimitFixtures.Text)
            {
                failures++;
                Console.WriteLine($"codecs-limit verify: {row} SDK text DIFFERENT");
            }

            Check(row, prefix, limit(body), reader.ToolCalls, reader.FinishReason, sdkCalls, reader.Text);
        }

        CheckStream("Stream40Chat", "call_", LimitStreams.Chat, ChatCompletionsCodec.Default, LimitFixtures.ChatCompletionsStream, SdkReaders.ChatCompletionsStream);
        CheckStream("Stream40Responses", "call_", LimitStreams.Responses, ResponsesCodec.Default, LimitFixtures.ResponsesStream, SdkReaders.ResponsesStream);
        CheckStream("Stream40Anthropic", "toolu_", LimitStreams.Anthropic, AnthropicCodec.Default, LimitFixtures.AnthropicStream, SdkReaders.AnthropicStream);
        CheckStream("Stream40Gemini", "g", LimitStreams.Gemini, GeminiCodec.Default, LimitFixtures.GeminiStream, null);
        return failures;
    }

    private static void Interleaved(LimitBenchmarks b)
    {
        var categories = new (string Category, (string Name, Func<int> Run)[] Paths)[]
        {
            ("Read40Chat", [("limit", b.ReadChat_Limit), ("ToolGen", b.ReadChat_ToolGen), ("SDK", b.ReadChat_Sdk)]),
            ("Read40Responses", [("limit", b.ReadResponses_Limit), ("ToolGen", b.ReadResponses_ToolGen), ("SDK", b.ReadResponses_Sdk)]),
            ("Read40Anthropic", [("limit", b.ReadAnthropic_Limit), ("ToolGen", b.ReadAnthropic_ToolGen), ("SDK", b.ReadAnthropic_Sdk)]),
            ("Read40Gemini", [("limit", b.ReadGemini_Limit), ("ToolGen", b.ReadGemini_ToolGen)]),
            ("Stream40Chat", [("limit", b.StreamChat_Limit), ("ToolGen", b.StreamChat_ToolGen), ("SDK", b.StreamChat_Sdk)]),
            ("Stream40Responses", [("limit", b.StreamResponses_Limit), ("ToolGen", b.StreamResponses_ToolGen), ("SDK", b.StreamResponses_Sdk)]),
            ("Stream40Anthropic", [("limit", b.StreamAnthropic_Limit), ("ToolGen", b.StreamAnthropic_ToolGen), ("SDK", b.StreamAnthropic_Sdk)]),
            ("Stream40Gemini", [("limit", b.StreamGemini_Limit), ("ToolGen", b.StreamGemini_ToolGen)]),
        };

        var only = Environment.GetEnvironmentVariable("TOOLGEN_CODECS_LIMIT_ONLY");
        if (!string.IsNullOrEmpty(only))
        {
            categories = categories.Where(c => c.Category.Contains(only, StringComparison.OrdinalIgnoreCase)).ToArray();
        }

        foreach (var path in categories.SelectMany(c => c.Paths))
        {
            var deadline = Dispatch.Interleaved.ThreadCpuMilliseconds() + 300;
            while (Dispatch.Interleaved.ThreadCpuMilliseconds() < deadline)
            {
                CodecRun.Time(path.Run, 16);
            }
        }

        Thread.Sleep(1500);
        foreach (var (category, paths) in categories)
        {
            var batch = paths.Select(p => CodecRun.BatchSize(p.Run)).ToArray();
            var perOp = paths.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < Rounds; round++)
            {
                for (var k = 0; k < paths.Length; k++)
                {
                    var p = (round + k) % paths.Length;
                    perOp[p].Add(CodecRun.Time(paths[p].Run, batch[p]) * 1e6 / batch[p]);
                }
            }

            var medians = perOp.Select(ColdStart.Median).ToArray();
            var bytes = paths.Select(p => CodecRun.BytesPerCall(p.Run, 64)).ToArray();
            var line = string.Join(", ", paths.Select((p, i) => FormattableString.Invariant($"{p.Name} {medians[i] / 1000:F1} us {bytes[i]} B")));
            line += FormattableString.Invariant($"; ToolGen/limit time {medians[1] / medians[0]:F2}");
            if (paths.Length > 2)
            {
                line += FormattableString.Invariant($", SDK/limit time {medians[2] / medians[0]:F2}, ToolGen/SDK bytes {(double)bytes[1] / bytes[2]:F3}");
            }

            Console.WriteLine($"codecs-limit interleaved: {category,-18} {line}");
        }
    }

    private static string Utf8(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);

    private static bool SameJson(string a, string b)
    {
        using var x = JsonDocument.Parse(a);
        using var y = JsonDocument.Parse(b);
        return JsonElement.DeepEquals(x.RootElement, y.RootElement);
    }
}
