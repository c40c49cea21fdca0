using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ToolGen.Benchmarks.Tools;
using ToolGen.Providers;

namespace ToolGen.Benchmarks.Definitions;

/// <summary>
/// The <c>tools</c> array of every later request (warm), side by side: the codec writing the definitions against the
/// generated UTF-8 copy. Run with <c>--filter *FirstRequestBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class FirstRequestBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly IToolSet _set = new BenchTools();
    private readonly IReadOnlyList<ToolDefinition> _definitions = BenchTools.ToolDefinitions;
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup() => _writer = new Utf8JsonWriter(_buffer);

    [Benchmark(Baseline = true)]
    public int CodecWriteTools()
    {
        _buffer.Clear();
        _writer.Reset(_buffer);
        OpenAIChatCompletions.WriteTools(_writer, _definitions, strict: true);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int PreEncoded()
    {
        _buffer.Clear();
        _writer.Reset(_buffer);
        _set.WriteChatCompletionsTools(_writer, strict: true);
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
