using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Definitions;

/// <summary>
/// The per-process cost of having the four definitions: timed inside a fresh process (mode <c>cold-create</c>),
/// from the first use to names, descriptions and schemas in hand, and repeated over several process launches
/// (mode <c>cold</c>) because a second measurement in the same process is no longer cold.
/// </summary>
internal static class ColdStart
{
    /// <summary>Runs in a fresh process: prints the microseconds the first definitions took.</summary>
    public static int Measure(string which)
    {
        var watch = Stopwatch.StartNew();
        var length = 0;
        switch (which)
        {
            case "meai":
                foreach (var function in MeaiTools.Create(new BenchTools()))
                {
                    length += function.Name.Length + function.Description.Length + function.JsonSchema.GetRawText().Length;
                }

                break;
            case "toolgen":
                var definitions = BenchTools.ToolDefinitions;
                for (var i = 0; i < definitions.Count; i++)
                {
                    length += definitions[i].Name.Length + definitions[i].Description.Length + definitions[i].ParametersSchema.Length;
                }

                break;
            default:
                Console.Error.WriteLine("cold-create: expected meai or toolgen");
                return 2;
        }

        watch.Stop();
        Console.WriteLine(watch.Elapsed.TotalMicroseconds.ToString("F1", CultureInfo.InvariantCulture) + " " + length.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    /// <summary>Launches this program <paramref name="runs"/> times per library and reports the medians.</summary>
    public static ColdResult Run(int runs)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var assembly = typeof(ColdStart).Assembly.Location;
        var meai = new List<double>();
        var toolGen = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            // Alternate, so that a burst of load on the machine hits both alike.
            meai.Add(Launch(self, assembly, "meai"));
            toolGen.Add(Launch(self, assembly, "toolgen"));
        }

        var result = new ColdResult(runs, Median(meai), meai.Min(), Median(toolGen), toolGen.Min());
        Console.WriteLine($"cold definitions over {runs} fresh processes: MEAI median {result.MeaiMedianMicroseconds:F0} µs (min {result.MeaiMinMicroseconds:F0}), " +
            $"ToolGen median {result.ToolGenMedianMicroseconds:F1} µs (min {result.ToolGenMinMicroseconds:F1})");
        return result;
    }

    private static double Launch(string self, string assembly, string which)
    {
        // Started as `dotnet ToolGen.Benchmarks.dll` when this runs under the dotnet host, else as the apphost.
        var isHost = System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet";
        var info = new ProcessStartInfo(self)
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (isHost)
        {
            info.ArgumentList.Add(assembly);
        }

        info.ArgumentList.Add("cold-create");
        info.ArgumentList.Add(which);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + self);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cold-create {which} exited with {process.ExitCode}: {output}");
        }

        return double.Parse(output.Split(' ')[0], CultureInfo.InvariantCulture);
    }

    internal static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

internal sealed record ColdResult(int Runs, double MeaiMedianMicroseconds, double MeaiMinMicroseconds, double ToolGenMedianMicroseconds, double ToolGenMinMicroseconds);
