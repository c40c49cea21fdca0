using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ToolGen.Benchmarks.Definitions;
using ToolGen.Benchmarks.Dispatch;
using ToolGen.Benchmarks.Generator;
using ToolGen.Benchmarks.Tokens;

namespace ToolGen.Benchmarks.Report;

/// <summary>Where each stage leaves its results, as JSON files in the artifacts folder, so that the report can be rebuilt alone.</summary>
internal static class Results
{
    private static readonly JsonSerializerOptions s_options = new() { WriteIndented = true };

    public static void Save<T>(string artifacts, string name, T value)
    {
        Directory.CreateDirectory(artifacts);
        File.WriteAllText(Path.Combine(artifacts, name + ".json"), JsonSerializer.Serialize(value, s_options));
    }

    public static T? Load<T>(string artifacts, string name)
        where T : class
    {
        var path = Path.Combine(artifacts, name + ".json");
        return File.Exists(path) ? JsonSerializer.Deserialize<T>(File.ReadAllText(path), s_options) : null;
    }

    public const string Bdn = "bdn";
    public const string Interleaved = "interleaved";
    public const string Tokens = "tokens";
    public const string Cold = "cold";
    public const string Generator = "generator";
    public const string Machine = "machine";
}

internal sealed record MachineInfo(string Cpu, int Cores, string DateUtc, string Runtime, string Sdk, string Commit, string LoadBefore, string LoadAfter);

internal sealed record AllResults(
    MachineInfo? Machine,
    IReadOnlyList<BdnRow>? Bdn,
    IReadOnlyList<InterleavedRow>? Interleaved,
    TokenResult? Tokens,
    ColdResult? Cold,
    GeneratorResult? Generator,
    IReadOnlyList<AotApp> Aot);

internal sealed record AotApp(string Name, long Bytes, double MedianMs, double MinMs, double CpuMs, int Runs, string Timer, IReadOnlyList<string> Warnings, bool Ran, string Output, double DefinitionsMicroseconds, int DefinitionRuns, double ToolsJsonMicroseconds, double PublishSeconds);
