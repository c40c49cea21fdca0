using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ToolGen.Benchmarks.Tools;
using ToolGen.Providers;

namespace ToolGen.Benchmarks.Definitions;

/// <summary>
/// The <c>tools</c> of every later request (warm), side by side for each codec: the codec writing the definitions
/// against the codec writing its envelope around the generated UTF-8 parts. Run with <c>--filter *FirstRequestBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class FirstRequestBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly IToolSet _set = new BenchTools();
    private readonly IReadOnlyList<ToolDefinition> _definitions = BenchTools.ToolDefinitions;
    private Utf8JsonWriter _writer = null!;
    private ChatCodec _codec = null!;

    /// <summary>The codec, by <see cref="FirstRequest.CodecNames"/>.</summary>
    [Params("chat", "responses", "anthropic", "gemini")]
    public string Codec { get; set; } = "chat";

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        _codec = FirstRequest.Codec(Codec);
    }

    [Benchmark(Baseline = true)]
    public int CodecWriteTools()
    {
        _buffer.Clear();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        _codec.WriteTools(_writer, _definitions, strict: true);
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int PreEncoded()
    {
        _buffer.Clear();
        _writer.Reset(_buffer);
        _writer.WriteStartObject();
        _set.WriteTools(_codec, _writer, strict: true);
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenCount;
    }
}
