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
/// The first <c>tools</c> of a process (issue 17, item 4), for each codec: the codec writing the definitions
/// (<see cref="ChatCodec.WriteTools"/>: escapes names and descriptions, validates and copies each schema) against the
/// codec writing its envelope around the generated UTF-8 parts
/// (<see cref="PreEncodedToolsExtensions.WriteTools(IToolSet, ChatCodec, Utf8JsonWriter, bool)"/>, what a chat loop
/// does). Timed inside a fresh process (mode <c>first-request-create</c> with <c>{path}-{codec}</c>, e.g.
/// <c>preencoded-gemini</c>), over several launches (mode <c>first-request</c>), as <see cref="ColdStart"/> does.
/// </summary>
internal static class FirstRequest
{
    /// <summary>The codecs measured, by the name the modes use.</summary>
    internal static readonly string[] CodecNames = { "chat", "responses", "anthropic", "gemini" };

    internal static ChatCodec Codec(string name) => name switch
    {
        "chat" => ChatCompletionsCodec.Default,
        "responses" => ResponsesCodec.Default,
        "anthropic" => AnthropicCodec.Default,
        "gemini" => GeminiCodec.Default,
        _ => throw new ArgumentException("unknown codec " + name, nameof(name)),
    };

    /// <summary>Runs in a fresh process: prints the microseconds and bytes allocated by the first strict <c>tools</c>.</summary>
    public static int Measure(string which)
    {
        var dash = which.IndexOf('-');
        var path = dash < 0 ? which : which.Substring(0, dash);
        var codecName = dash < 0 ? "chat" : which.Substring(dash + 1);
        if (path is not ("codec" or "preencoded") || !CodecNames.Contains(codecName))
        {
            Console.Error.WriteLine("first-request-create: expected codec-{name} or preencoded-{name}, name one of " + string.Join(", ", CodecNames));
            return 2;
        }

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        var codec = Codec(codecName);
        var set = new BenchTools();
        using var writer = new Utf8JsonWriter(buffer);

        // Ready before a request in both paths: the codec, the set's definitions (a loop reads them to choose strict tools),
        // and the writer and its default encoder (a request writes its model before its tools).
        var definitions = ((IToolSet)set).Definitions;
        GC.KeepAlive(codec.GetStrictToolNames(definitions, strict: true));
        writer.WriteStartObject();
        writer.WriteString("model", "m");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        if (path == "codec")
        {
            codec.WriteTools(writer, definitions, strict: true);
        }
        else
        {
            set.WriteTools(codec, writer, strict: true);
        }

        writer.WriteEndObject();
        writer.Flush();
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(string.Join(
            " ",
            watch.Elapsed.TotalMicroseconds.ToString("F1", CultureInfo.InvariantCulture),
            allocated.ToString(CultureInfo.InvariantCulture),
            buffer.WrittenCount.ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    /// <summary>Launches this program <paramref name="runs"/> times per codec and path and prints the medians.</summary>
    public static int Run(int runs)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var assembly = typeof(FirstRequest).Assembly.Location;
        Console.WriteLine("| Codec | Path | Median µs | Min µs | Allocated (median) | Bytes written |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var codecName in CodecNames)
        {
            var codec = new List<double[]>();
            var preEncoded = new List<double[]>();
            for (var i = 0; i < runs; i++)
            {
                // Alternate, so that a burst of load on the machine hits both alike.
                codec.Add(Launch(self, assembly, "codec-" + codecName));
                preEncoded.Add(Launch(self, assembly, "preencoded-" + codecName));
            }

            foreach (var (name, samples) in new[] { ("codec WriteTools", codec), ("pre-encoded", preEncoded) })
            {
                Console.WriteLine(
                    $"| {codecName} | {name} | {ColdStart.Median(samples.Select(s => s[0]).ToList()):F1} | {samples.Min(s => s[0]):F1} | " +
                    $"{ColdStart.Median(samples.Select(s => s[1]).ToList()):F0} B | {samples[0][2]:F0} |");
            }
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
