using ToolGen.Tests.Differential;
using ToolGen.Tests.Tools;

namespace ToolGen.Tests.Fuzz;

/// <summary>
/// The tools fuzzed: every test tool set (every supported type, validation rule, special parameter and failure mode),
/// each tool with the set that dispatches it. Left out: a tool that waits for cancellation by design, and one that
/// recurses as deep as its argument says (<c>thread</c>: a stack overflow no library can catch is the tool's own).
/// </summary>
internal static class FuzzCorpus
{
    public static readonly IReadOnlyList<(IToolSet Set, ToolDefinition Tool)> Tools = Build();


    private static List<(IToolSet, ToolDefinition)> Build()
    {
        IToolSet[] sets =
        {
            new DifferentialTools(), new TravelTools(), new EchoTools(), new FreeJsonTools(), new WeatherTools(),
            new ServiceTools(), new FailingTools(), ConversionTools.ToolSet, new AlarmTools(), new TallyTools(),
            new Reliability.ReliabilityTools(), new Validator.SchemaTools(), new SchemaSemantics.SemanticsTools(), new Lenient.LenientTools(),
        };
        return sets
            .SelectMany(set => set.Definitions.Select(tool => (set, tool)))
            .Where(t => t.tool.Name is not ("wait_forever" or "thread"))
            .ToList();
    }

    /// <summary>
    /// Sends one case and checks the one promise fuzzing can check without knowing the right answer: a result comes
    /// back, for this call, and it is a success or an error a model can read. Throws what escaped, with the case.
    /// </summary>
    /// <param name="fuzzCase">The case.</param>
    /// <param name="report">
    /// Given each completed call's result, for build/fuzz.sh's report; null in test runs, which assert no timing.
    /// </param>
    public static void Check(FuzzCase fuzzCase, FuzzReport? report = null)
    {
        var (set, tool) = Tools[fuzzCase.Tool % Tools.Count];
        var arguments = fuzzCase.Arguments(tool);
        var call = new ToolCall("fuzz_" + fuzzCase.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), tool.Name, arguments) { Strict = fuzzCase.Strict, Lenient = fuzzCase.Lenient };
        ToolResult result;
        report?.Start();
        try
        {
            var pending = set.InvokeAsync(call).AsTask();

            // A liveness bound, not a timing assertion: a reader that never returns must fail the case, not hang the run.
            if (!pending.Wait(TimeSpan.FromSeconds(60)))
            {
                throw new FuzzFailure(fuzzCase, tool, arguments, "the call did not complete", null);
            }

            result = pending.Result;
            report?.Completed();
        }
        catch (Exception exception) when (exception is not FuzzFailure)
        {
            throw new FuzzFailure(fuzzCase, tool, arguments, "an exception escaped InvokeAsync", exception);
        }

        if (result is null || result.CallId != call.Id || (result.IsError && (result.Error is null || string.IsNullOrEmpty(result.Content))))
        {
            throw new FuzzFailure(fuzzCase, tool, arguments, "the result is not this call's, or an error without a message", null);
        }
    }
}

/// <summary>A fuzz case that broke a promise, with what was sent.</summary>
internal sealed class FuzzFailure : Exception
{
    public FuzzFailure(FuzzCase fuzzCase, ToolDefinition tool, byte[] arguments, string what, Exception? inner)
        : base($"{what}: {fuzzCase} on tool \"{tool.Name}\", arguments (UTF-8, escaped): {Describe(arguments)}", inner)
    {
    }

    private static string Describe(byte[] arguments)
    {
        var text = System.Text.Encoding.UTF8.GetString(arguments);
        return text.Length > 300 ? text.Substring(0, 300) + "…" : text;
    }
}
