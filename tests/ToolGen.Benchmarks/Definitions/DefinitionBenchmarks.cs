using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Definitions;

/// <summary>
/// Warm cost of obtaining the four tools' definitions (name, description, parameter schema) in a process that
/// has already built them once: ToolGen's generated constants against <c>AIFunctionFactory.Create</c>, whose
/// reflection and schema work is cached per method after the first call (the cold first call is measured in a
/// fresh process by <see cref="ColdStart"/>).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class DefinitionBenchmarks
{
    private readonly BenchTools _target = new();
    private readonly AIFunction[] _functions = MeaiTools.Create(new BenchTools());
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter? _writer;

    [Benchmark(Baseline = true, Description = "ToolGen"), BenchmarkCategory("Definitions")]
    public int ToolGen()
    {
        var length = 0;
        var definitions = BenchTools.ToolDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            length += definitions[i].Name.Length + definitions[i].Description.Length + definitions[i].ParametersSchema.Length;
        }

        return length;
    }

    /// <summary>Per request: the four tools written into a request body's <c>tools</c> array.</summary>
    [Benchmark(Baseline = true, Description = "ToolGen"), BenchmarkCategory("ToolsJson")]
    public int ToolGenToolsJson()
    {
        var writer = Writer();
        global::ToolGen.Providers.OpenAIChatCompletions.WriteTools(writer, BenchTools.ToolDefinitions, strict: false);
        writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>Per request, as an OpenAI client writes an <see cref="AIFunction"/>: name, description, the schema element.</summary>
    [Benchmark(Description = "MEAI"), BenchmarkCategory("ToolsJson")]
    public int MeaiToolsJson()
    {
        var writer = Writer();
        writer.WriteStartArray();
        foreach (var function in _functions)
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "function"u8);
            writer.WriteStartObject("function"u8);
            writer.WriteString("name"u8, function.Name);
            writer.WriteString("description"u8, function.Description);
            writer.WritePropertyName("parameters"u8);
            function.JsonSchema.WriteTo(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.Flush();
        return _buffer.WrittenCount;
    }

    private Utf8JsonWriter Writer()
    {
        _buffer.ResetWrittenCount();
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(_buffer);
        }
        else
        {
            _writer.Reset(_buffer);
        }

        return _writer;
    }

    [Benchmark(Description = "MEAI"), BenchmarkCategory("Definitions")]
    public int Meai()
    {
        var length = 0;
        foreach (var function in MeaiTools.Create(_target))
        {
            length += function.Name.Length + function.Description.Length + function.JsonSchema.GetRawText().Length;
        }

        return length;
    }
}
