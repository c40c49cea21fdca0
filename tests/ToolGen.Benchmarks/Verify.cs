using System;
using System.Text.Json;
using ToolGen.Benchmarks.HandWritten;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks;

/// <summary>
/// Runs each sample call through the three paths once and checks that they agree, so that the benchmarks
/// compare equal work: ToolGen and the hand-written limit must produce the same text; M.E.AI (which
/// re-serializes through JsonElement, indented) the same JSON value.
/// </summary>
internal static class Verify
{
    public static int Run()
    {
        var toolGen = new BenchTools();
        var handWritten = new HandWrittenTools(new BenchTools());
        var meai = new MeaiDispatcher(MeaiTools.Create(new BenchTools()));
        var failures = 0;
        foreach (var sample in Calls.All)
        {
            var call = sample.ToToolCall();
            var a = ((IToolSet)toolGen).InvokeAsync(call).AsTask().GetAwaiter().GetResult();
            var b = handWritten.InvokeAsync(call).AsTask().GetAwaiter().GetResult();
            var c = meai.InvokeAsync(Calls.CallId, sample.Name, sample.Utf8).AsTask().GetAwaiter().GetResult();
            Console.WriteLine($"{sample.Name} {sample.ArgumentsJson}");
            Console.WriteLine($"  ToolGen     {(a.IsError ? "ERROR " : string.Empty)}{a.Content}");
            Console.WriteLine($"  HandWritten {(b.IsError ? "ERROR " : string.Empty)}{b.Content}");
            Console.WriteLine($"  MEAI        {c.ReplaceLineEndings(" ")}");
            var same = !a.IsError && !b.IsError && a.Content == b.Content && a.CallId == b.CallId;
            var meaiSame = SameJson(a.Content, c);
            Console.WriteLine($"  ToolGen == HandWritten: {same}; same value as MEAI: {meaiSame}");
            if (!same || !meaiSame)
            {
                failures++;
            }
        }

        foreach (var sample in Calls.All)
        {
            var call = sample.ToToolCall();
            Console.WriteLine($"{sample.Key}: allocated per call: ToolGen {Allocated(() => ((IToolSet)toolGen).InvokeAsync(call))} B, " +
                $"HandWritten {Allocated(() => handWritten.InvokeAsync(call))} B, MEAI {Allocated(() => meai.InvokeAsync(Calls.CallId, sample.Name, sample.Utf8))} B");
        }

        Console.WriteLine(failures == 0 ? "verify: all paths agree" : $"verify: {failures} sample(s) disagree");
        return failures == 0 ? 0 : 1;
    }

    private static long Allocated<T>(Func<System.Threading.Tasks.ValueTask<T>> call)
    {
        for (var i = 0; i < 1000; i++)
        {
            call().AsTask().GetAwaiter().GetResult();
        }

        const int N = 10_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < N; i++)
        {
            var task = call();
            if (!task.IsCompletedSuccessfully)
            {
                task.AsTask().GetAwaiter().GetResult();
            }
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / N;
    }

    private static bool SameJson(string toolGenContent, string meaiContent)
    {
        // ToolGen passes a string result through as text; M.E.AI sends it as a JSON string.
        string Canonical(string text)
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                return JsonSerializer.Serialize(doc.RootElement);
            }
            catch (JsonException)
            {
                return JsonSerializer.Serialize(text);
            }
        }

        return Canonical(toolGenContent) == Canonical(meaiContent);
    }
}
