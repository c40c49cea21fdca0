using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ToolGen.Benchmarks.Definitions;

namespace ToolGen.Benchmarks.Report;

/// <summary>Reads what build/bench.sh left for each NativeAOT app under <c>artifacts/aot/&lt;App&gt;/</c>.</summary>
internal static partial class AotResults
{
    public static IReadOnlyList<AotApp> Load(string artifacts)
    {
        var root = Path.Combine(artifacts, "aot");
        var apps = new List<AotApp>();
        if (!Directory.Exists(root))
        {
            return apps;
        }

        foreach (var dir in Directory.GetDirectories(root).OrderBy(d => d, StringComparer.Ordinal))
        {
            string Read(string name) => File.Exists(Path.Combine(dir, name)) ? File.ReadAllText(Path.Combine(dir, name)).Trim() : string.Empty;
            double Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

            var name = Path.GetFileName(dir);
            var warnings = Read("publish.log").Split('\n')
                .Select(line => WarningPattern().Match(line))
                .Where(m => m.Success)
                .Select(m => m.Value.Trim())
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            var output = Read("stdout.txt");
            var ran = Read("exit") == "0" && output.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)) == 4 && !output.Contains("-> ERROR", StringComparison.Ordinal);
            // Each run of the app (build/bench.sh runs it several times) appends "definitions-us N" and "tools-json-us N".
            double[] Values(string key) => Read("stderr.txt").Split('\n')
                .Where(l => l.StartsWith(key + " ", StringComparison.Ordinal))
                .Select(l => Number(l.Substring(key.Length + 1)))
                .Where(v => !double.IsNaN(v))
                .ToArray();
            var definitionRuns = Values("definitions-us");
            var toolsJson = Values("tools-json-us");
            var definitions = definitionRuns.Length == 0 ? double.NaN : ColdStart.Median(definitionRuns);

            double median = double.NaN, min = double.NaN, cpu = double.NaN;
            var runs = 0;
            var timer = "none";
            if (File.Exists(Path.Combine(dir, "hyperfine.json")))
            {
                using var document = JsonDocument.Parse(Read("hyperfine.json"));
                var result = document.RootElement.GetProperty("results")[0];
                median = result.GetProperty("median").GetDouble() * 1e3;
                min = result.GetProperty("min").GetDouble() * 1e3;
                cpu = (result.GetProperty("user").GetDouble() + result.GetProperty("system").GetDouble()) * 1e3;
                runs = result.GetProperty("times").GetArrayLength();
                timer = "hyperfine";
            }
            else if (File.Exists(Path.Combine(dir, "times.txt")))
            {
                var times = Read("times.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Number).Where(t => !double.IsNaN(t)).ToArray();
                if (times.Length > 0)
                {
                    median = ColdStart.Median(times);
                    min = times.Min();
                    runs = times.Length;
                    timer = "bash loop (date +%s%N)";
                }
            }

            apps.Add(new AotApp(name, (long)Number(Read("size")), median, min, cpu, runs, timer, warnings, ran, output, definitions, definitionRuns.Length, toolsJson.Length == 0 ? double.NaN : ColdStart.Median(toolsJson), Number(Read("publish-seconds"))));
        }

        return apps;
    }

    [GeneratedRegex(@"warning IL[23]\d{3}:[^\[]*")]
    private static partial Regex WarningPattern();
}
