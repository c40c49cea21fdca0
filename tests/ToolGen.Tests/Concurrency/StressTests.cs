using System.Collections.Concurrent;
using System.Globalization;

namespace ToolGen.Tests.Concurrency;

/// <summary>
/// Issue 13, item 5: tens of thousands of dispatches across threads on shared tool set instances and on a
/// <see cref="ToolSet.Combine"/> set, mixing valid calls, invalid and malformed arguments, unknown tools, throwing tools
/// and cancelled calls. Every call's outcome is computed beforehand from a fixed seed and checked: the right call id,
/// the right content or error kind. No timing is measured or asserted; the work is bounded.
/// </summary>
public class StressTests
{
    private const int Calls = 40_000;

    private enum Outcome
    {
        Content,
        Invalid,
        Malformed,
        Unknown,
        Failed,
        Cancelled,
    }

    private sealed record Planned(int Index, IToolSet Target, ToolCall Call, bool Cancel, Outcome Outcome, string? Content);

    [Fact]
    public async Task Concurrent_dispatches_on_shared_and_combined_sets_each_get_their_own_result()
    {
        var stress = new StressTools();
        var sum = new StressSumTools();
        var combined = ToolSet.Combine(stress, sum);
        var plan = Plan(stress, sum, combined, new Random(13_05));

        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(
            plan,
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (planned, _) =>
            {
                using var cts = new CancellationTokenSource();
                if (planned.Cancel)
                {
                    cts.Cancel();
                }

                try
                {
                    var result = await planned.Target.InvokeAsync(planned.Call, cts.Token);
                    var problem = Check(planned, result);
                    if (problem is not null)
                    {
                        failures.Enqueue($"#{planned.Index} {planned.Call}: {problem}");
                    }
                }
                catch (OperationCanceledException) when (planned.Outcome == Outcome.Cancelled)
                {
                }
                catch (Exception exception)
                {
                    failures.Enqueue($"#{planned.Index} {planned.Call}: threw {exception.GetType().Name}: {exception.Message}");
                }
            });

        Assert.True(failures.IsEmpty, failures.Count + " calls went wrong, e.g.:\n" + string.Join("\n", failures.Take(20)));

        // Every call that was meant to reach a StressTools method did, once (cancelled ones may or may not have started).
        var reached = plan.Count(p => p.Call.Name.StartsWith("stress_", StringComparison.Ordinal) && p.Call.Name != "stress_sum" && p.Outcome is Outcome.Content or Outcome.Failed);
        var cancelled = plan.Count(p => p.Outcome == Outcome.Cancelled);
        Assert.InRange(stress.Calls, reached, reached + cancelled);
        Assert.True(plan.Count(p => p.Outcome == Outcome.Cancelled) > 500);
        Assert.True(plan.Count(p => p.Outcome == Outcome.Failed) > 500);
        Assert.True(plan.Count(p => p.Outcome is Outcome.Invalid or Outcome.Malformed or Outcome.Unknown) > 5000);
    }

    private static string? Check(Planned planned, ToolResult result)
    {
        if (result.CallId != planned.Call.Id)
        {
            return $"call id {result.CallId}, expected {planned.Call.Id}";
        }

        var kind = result.Error?.Kind;
        return planned.Outcome switch
        {
            Outcome.Content when result.IsError => "error: " + result.Content,
            Outcome.Content when result.Content != planned.Content => $"content {result.Content}, expected {planned.Content}",
            Outcome.Invalid when kind != ToolErrorKind.InvalidArguments => $"expected InvalidArguments, got {kind}: {result.Content}",
            Outcome.Malformed when kind != ToolErrorKind.MalformedArguments => $"expected MalformedArguments, got {kind}: {result.Content}",
            Outcome.Unknown when kind != ToolErrorKind.UnknownTool => $"expected UnknownTool, got {kind}: {result.Content}",
            Outcome.Failed when kind != ToolErrorKind.ToolFailed => $"expected ToolFailed, got {kind}: {result.Content}",
            Outcome.Cancelled => "expected the cancellation to propagate, got " + result,
            _ => null,
        };
    }

    private static List<Planned> Plan(StressTools stress, StressSumTools sum, IToolSet combined, Random rng)
    {
        var plan = new List<Planned>(Calls);
        for (var i = 0; i < Calls; i++)
        {
            var id = "call_" + i.ToString(CultureInfo.InvariantCulture);
            var viaCombined = rng.Next(3) == 0;
            string I(long v) => v.ToString(CultureInfo.InvariantCulture);
            Planned Make(IToolSet own, string name, string json, Outcome outcome, string? content = null, bool cancel = false, bool strict = false) =>
                new(i, viaCombined ? combined : own, new ToolCall(id, name, json) { Strict = strict }, cancel, outcome, content);

            var n = rng.Next(-1_000_000, 1_000_000);
            var tag = "t" + I(i);
            plan.Add(rng.Next(12) switch
            {
                0 or 1 => Make(stress, "stress_echo", $$"""{"tag":"{{tag}}","n":{{I(n)}}}""", Outcome.Content, $"{tag}:{I(2L * n)}:-1"),
                2 => Make(stress, "stress_echo", $$"""{"n":{{I(n)}},"extra":["a","b","c"],"tag":"{{tag}}"}""", Outcome.Content, $"{tag}:{I(2L * n)}:3", strict: rng.Next(2) == 0),
                3 => Make(stress, "stress_echo", $$"""{"tag":"{{tag}}","n":"{{I(n)}}"}""", Outcome.Invalid),
                4 => Make(stress, "stress_echo", $$"""{"tag":"{{tag}}","n":{{I(n)}},"unknown":1}""", Outcome.Invalid, strict: true),
                5 => Make(stress, "stress_echo", $$"""{"tag":"{{tag}}","n":""", Outcome.Malformed),
                6 => Make(stress, "stress_yield", $$"""{"value":{{I(n)}},"hops":{{I(i % 4)}}}""", Outcome.Content, I(n + i % 4)),
                7 => Make(stress, "stress_yield", $$"""{"value":{{I(n)}},"hops":{{I(1 + i % 3)}}}""", Outcome.Cancelled, cancel: true),
                8 => Make(stress, "stress_throw", $$"""{"tag":"{{tag}}"}""", Outcome.Failed),
                9 => Make(sum, "stress_sum", $$$"""{"values":[{{{I(n)}}},{{{I(i)}}},-7],"offset":{"x":{{{I(i % 10)}}},"y":{{{I(n % 100)}}}}}""", Outcome.Content, I(n + i - 7 + (i % 10) * 1000 + n % 100)),
                10 => Make(sum, "stress_sum", """{"values":[1,2.5],"offset":{"x":1,"y":1}}""", Outcome.Invalid),
                _ => Make(stress, "stress_nope_" + I(i % 5), "{}", Outcome.Unknown),
            });
        }

        return plan;
    }
}
