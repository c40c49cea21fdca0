using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ToolGen.Benchmarks.Tools;
using ToolGen.Providers;

namespace ToolGen.Benchmarks.Definitions;

/// <summary>
/// The first Chat Completions <c>tools</c> array of a process (issue 17, item 4): today's codec
/// (<see cref="OpenAIChatCompletions.WriteTools(Utf8JsonWriter, IEnumerable{ToolDefinition}, bool)"/>: escapes names and
/// descriptions, validates and copies each schema) against the generated UTF-8 bytes
/// (<see cref="PreEncodedToolsExtensions.WriteChatCompletionsTools"/>: one raw copy). Timed inside a fresh process
/// (mode <c>first-request-create</c>), over several launches (mode <c>first-request</c>), as <see cref="ColdStart"/> does.
/// </summary>
internal static class FirstRequest
{
    /// <summary>Runs in a fresh process: prints the microseconds and bytes allocated by the first strict <c>tools</c> array.</summary>
    public static int Measure(string which)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        var set = new BenchTools();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            switch (which)
            {
                case "codec":
                    OpenAIChatCompletions.WriteTools(writer, ((IToolSet)set).Definitions, strict: true);
                    break;
                case "preencoded":
                    set.WriteChatCompletionsTools(writer, strict: true);
                    break;
                default:
                    Console.Error.WriteLine("first-request-create: expected codec or preencoded");
                    return 2;
            }
        }

        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Join(
            " ",
            watch.Elapsed.TotalMicroseconds.ToString("F1", CultureInfo.InvariantCulture),
            allocated.ToString(CultureInfo.InvariantCulture),
            buffer.WrittenCount.ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    /// <summary>Launches this program <paramref name="runs"/> times per path and prints the medians.</summary>
    public static int Run(int runs)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var assembly = typeof(FirstRequest).Assembly.Location;
        var codec = new List<double[]>();
        var preEncoded = new List<double[]>();
        for (var i = 0; i < runs; i++)
        {
            // Alternate, so that a burst of load on the machine hits both alike.
            codec.Add(Launch(self, assembly, "codec"));
            preEncoded.Add(Launch(self, assembly, "preencoded"));
        }

        foreach (var (name, samples) in new[] { ("codec WriteTools", codec), ("pre-encoded", preEncoded) })
        {
            Console.WriteLine(
                $"first strict tools array over {runs} fresh processes, {name}: median {ColdStart.Median(samples.Select(s => s[0]).ToList()):F1} µs " +
                $"(min {samples.Min(s => s[0]):F1}), allocated median {ColdStart.Median(samples.Select(s => s[1]).ToList()):F0} B, {samples[0][2]:F0} bytes written");
        }

        return 0;
    }

    private static double[] Launch(string self, string assembly, string which)
    {
        var isHost = System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (isHost)
        {
            info.ArgumentList.Add(assembly);
        }

        info.ArgumentList.Add("first-request-create");
        info.ArgumentList.Add(which);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + self);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"first-request-create {which} exited with {process.ExitCode}: {output}");
        }

        return output.Trim().Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
    }
}
