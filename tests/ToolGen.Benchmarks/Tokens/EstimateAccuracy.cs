using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.ML.Tokenizers;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Tokens;

/// <summary>
/// The generator's token estimate (<see cref="ToolDefinition.EstimatedTokens"/>) against o200k_base counted by
/// Microsoft.ML.Tokenizers, for every tool of the samples (QuickStart, McpServer, compiled here from their sources) and
/// of the benchmark set, on the exact entry the definition states the size of (the pre-encoded strict array's element).
/// Prints one line per tool and the error figures docs/tool-cost.md quotes.
/// </summary>
internal static class EstimateAccuracy
{
    public static int Run()
    {
        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        var sets = new (string Name, IToolSet Set)[]
        {
            ("QuickStart.WeatherTools", new QuickStart.Tools.WeatherTools()),
            ("QuickStart.TimeTools", new QuickStart.Tools.TimeTools()),
            ("QuickStart.TripTools", new QuickStart.Tools.TripTools()),
            ("QuickStart.StockTools", QuickStart.Tools.StockTools.ToolSet),
            ("McpServer.CalculatorTools", new McpServerSample.Tools.CalculatorTools()),
            ("McpServer.FileTools", new McpServerSample.Tools.FileTools(System.IO.Path.GetTempPath())),
            ("McpServer.TimeTools", new McpServerSample.Tools.TimeTools()),
            ("Benchmarks.BenchTools", new BenchTools()),
        };
        var errors = new List<double>();
        int totalBytes = 0, totalTokens = 0, totalEstimate = 0;
        Console.WriteLine("| Set | Tool | Bytes | o200k_base tokens | Estimate | Error |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var (name, set) in sets)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                set.WriteChatCompletionsTools(writer, strict: true);
            }

            var encoded = buffer.WrittenSpan.ToArray();
            using var document = JsonDocument.Parse(encoded);
            var entries = document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
            var setTokens = tokenizer.CountTokens(Encoding.UTF8.GetString(encoded));
            for (var i = 0; i < entries.Count; i++)
            {
                var definition = set.Definitions[i];
                var actual = tokenizer.CountTokens(entries[i]);
                var error = (definition.EstimatedTokens - actual) / (double)actual;
                errors.Add(error);
                totalBytes += definition.EntryBytes;
                totalTokens += actual;
                totalEstimate += definition.EstimatedTokens;
                Console.WriteLine($"| {name} | {definition.Name} | {definition.EntryBytes} | {actual} | {definition.EstimatedTokens} | {error.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture)} |");
            }

            Console.WriteLine($"| {name} | (whole strict array) | {encoded.Length} | {setTokens} | {set.Definitions.Sum(d => d.EstimatedTokens)} | |");
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{errors.Count} tools: {totalBytes} bytes, {totalTokens} tokens, estimate {totalEstimate} ({(totalEstimate - totalTokens) / (double)totalTokens:+0.0%;-0.0%}); " +
            $"per tool mean absolute error {errors.Average(Math.Abs):0.0%}, worst {errors.Max(Math.Abs):0.0%}, bias {errors.Average():+0.0%;-0.0%}"));
        return 0;
    }
}
