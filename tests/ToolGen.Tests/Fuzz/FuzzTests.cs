using CsCheck;

namespace ToolGen.Tests.Fuzz;

/// <summary>
/// Generated and mutated arguments (truncations, byte flips, invalid UTF-8, lone surrogates, wrong JSON types at every
/// position, nulls, duplicate keys, deep nesting, huge numbers, unknown properties, random JSON and bytes) sent to every
/// test tool: nothing escapes <c>InvokeAsync</c>. A fixed set here; <c>build/fuzz.sh</c> runs 100,000 and more.
/// </summary>
public class FuzzTests
{
    /// <summary>The same cases on every run: case <c>i</c> is generated from PCG stream 1, seed <c>i</c>.</summary>
    [Fact]
    public void A_fixed_set_of_cases_lets_nothing_escape()
    {
        var gen = FuzzCase.Gen(FuzzCorpus.Tools.Count);
        var failures = new List<string>();
        for (ulong i = 0; i < 4000 && failures.Count < 5; i++)
        {
            var fuzzCase = gen.Generate(new PCG(1, i), null, out _);
            try
            {
                FuzzCorpus.Check(fuzzCase);
            }
            catch (FuzzFailure failure)
            {
                failures.Add(failure.Message + (failure.InnerException is { } inner ? "\n  " + inner.GetType().Name + ": " + inner.Message : string.Empty));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// As many random cases as <c>TOOLGEN_FUZZ_CASES</c> says (build/fuzz.sh), with CsCheck shrinking a failure to the
    /// smallest case that still fails; 500 when unset, so that the shrinking path itself runs in every build.
    /// </summary>
    [Fact]
    public void Random_cases_let_nothing_escape()
    {
        var cases = long.TryParse(Environment.GetEnvironmentVariable("TOOLGEN_FUZZ_CASES"), out var n) ? n : 500;
        var summary = Environment.GetEnvironmentVariable("TOOLGEN_FUZZ_SUMMARY");
        var report = string.IsNullOrEmpty(summary) ? null : new FuzzReport();
        var ran = 0L;
        FuzzCase.Gen(FuzzCorpus.Tools.Count).Sample(
            fuzzCase =>
            {
                Interlocked.Increment(ref ran);
                FuzzCorpus.Check(fuzzCase, report);
            },
            iter: cases,
            threads: Environment.ProcessorCount);
        if (report is not null)
        {
            File.WriteAllText(summary!, FormattableString.Invariant(
                $"{ran} cases over {FuzzCorpus.Tools.Count} tools, nothing escaped; slowest call {report.Slowest.TotalMilliseconds:F0} ms; managed heap after {GC.GetTotalMemory(forceFullCollection: true) / 1024 / 1024} MiB\n"));
        }
    }
}
