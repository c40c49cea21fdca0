// QuickStart: four [Tool] methods, a model that calls them, and the round trip printed step by step.
//
//   dotnet run --project samples/QuickStart
//
// By default the model is ScriptedModel, an in-process stand-in for an OpenAI-compatible server (no network, no key).
// To talk to a real one instead, set:
//   TOOLGEN_ENDPOINT   the API root, up to /v1 (e.g. https://api.openai.com/v1 or http://localhost:8000/v1)
//   TOOLGEN_API_KEY    optional, sent as "Authorization: Bearer ..."
//   TOOLGEN_MODEL      optional, the model name (default gpt-4o-mini)
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using QuickStart;
using QuickStart.Tools;
using ToolGen;
using ToolGen.Chat;
using ToolGen.Providers;

const string Question =
    "What's the weather in Paris, what is MSFT trading at, what time in Paris is a 09:00 Tokyo meeting on 14 March 2025, " +
    "and can you plan a round trip from Paris through Nice, Lyon and Geneva, 2 nights each, comfort style, " +
    "with a budget of 900 EUR for hotels, 400 for food and 300 for transport?";

// Every partial type with [Tool] methods is an IToolSet (a static class gets a static ToolSet property).
var tools = ToolSet.Combine(new WeatherTools(), StockTools.ToolSet, new TimeTools(), new TripTools());

var endpoint = Environment.GetEnvironmentVariable("TOOLGEN_ENDPOINT");
var scripted = string.IsNullOrWhiteSpace(endpoint);
using var http = scripted
    ? new HttpClient(new ScriptedModel()) { BaseAddress = new Uri("http://scripted-model.invalid/v1/") }
    : new HttpClient { BaseAddress = new Uri(endpoint!.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };

var approvals = new List<string>();
var options = new ChatLoopOptions
{
    Model = scripted ? "scripted-model" : Environment.GetEnvironmentVariable("TOOLGEN_MODEL") is { Length: > 0 } model ? model : "gpt-4o-mini",
    ApiKey = Environment.GetEnvironmentVariable("TOOLGEN_API_KEY"),
    Strict = true,
    Approve = (call, definition, _) =>
    {
        // A real host would ask the user here; the sample approves and says so.
        approvals.Add($"  ? {definition.Name} [id {call.Id}] needs approval: approved (the sample approves every call)");
        return new ValueTask<bool>(true);
    },
    // Called after each response's tool calls have run, before the results go back to the model.
    ToolCallsCompleted = step => PrintStep(step, approvals),
};

Console.WriteLine(scripted
    ? "Model: the built-in scripted model (set TOOLGEN_ENDPOINT to use a real one)"
    : $"Model: {options.Model} at {http.BaseAddress}");
Console.WriteLine();
Console.WriteLine($"== Tools sent to the model ({tools.Definitions.Count}, strict where a strict schema exists) ==");
Console.WriteLine(Indent(OpenAIChatCompletions.WriteTools(tools.Definitions, options.Strict)));
Console.WriteLine();
Console.WriteLine("== User ==");
Console.WriteLine(Question);

var loop = new OpenAIChatLoop(http, tools, options);
loop.AddSystemMessage("You are a concise travel assistant. Use the tools for facts; never guess them.");

ChatLoopResult result;
try
{
    result = await loop.SendAsync(Question);
}
catch (HttpRequestException ex)
{
    Console.Error.WriteLine("The model endpoint failed: " + ex.Message);
    return 2;
}

Console.WriteLine();
if (result.StepLimitReached)
{
    Console.WriteLine($"== Stopped: the model was still calling tools after {result.Steps} requests (MaxSteps {options.MaxSteps}) ==");
    return 1;
}

Console.WriteLine($"== Final answer (after {result.Steps} requests, {result.Transcript.Count} tool calls, finish_reason {result.FinishReason ?? "none"}) ==");
Console.WriteLine(result.Text);

// The scripted model's script has no mistakes in it: an error there is a bug in ToolGen, so the run fails.
if (scripted && result.Transcript.Any(i => i.Result.IsError))
{
    Console.Error.WriteLine("A tool call failed in the scripted run.");
    return 1;
}

return 0;

static void PrintStep(IReadOnlyList<ToolInvocation> step, List<string> approvals)
{
    Console.WriteLine();
    Console.WriteLine($"== Step {step[0].Step}: the model asked for {step.Count} tool call{(step.Count == 1 ? "" : "s")} ==");
    foreach (var invocation in step)
    {
        Console.WriteLine($"  -> {invocation.Call.Name} {invocation.Call.ArgumentsText}   [id {invocation.Call.Id}{(invocation.Call.Strict ? ", strict" : "")}]");
    }

    approvals.ForEach(Console.WriteLine);
    approvals.Clear();
    foreach (var invocation in step)
    {
        var tag = invocation.Declined ? " [declined]" : invocation.Result.IsError ? " [error: " + invocation.Result.Error!.Kind + "]" : "";
        Console.WriteLine($"  <- {invocation.Call.Name}{tag}: {invocation.Result.Content}");
    }
}

static string Indent(string json)
{
    using var document = JsonDocument.Parse(json);
    using var stream = new MemoryStream();
    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
    {
        document.WriteTo(writer);
    }

    return Encoding.UTF8.GetString(stream.ToArray());
}
