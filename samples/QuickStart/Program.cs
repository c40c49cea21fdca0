// QuickStart: four [Tool] methods, a model that calls them, and the round trip printed step by step.
//
//   dotnet run --project samples/QuickStart [-- --provider openai|responses|anthropic|gemini] [--stream] [--typed]
//
// By default the model is ScriptedModel, an in-process stand-in for the provider's server (no network, no key), speaking
// the provider's own wire format (OpenAI Chat Completions by default), plain or streamed with --stream. With --typed,
// the sample then asks for the trip as a typed answer (TripSummary, a [StructuredOutput] record) and reads it.
// To talk to a real one instead, set:
//   TOOLGEN_ENDPOINT   the API root (e.g. https://api.openai.com/v1, http://localhost:8000/v1, https://api.anthropic.com/v1,
//                      https://generativelanguage.googleapis.com/v1beta)
//   TOOLGEN_API_KEY    optional, sent as the provider wants it ("Authorization: Bearer", x-api-key, x-goog-api-key)
//   TOOLGEN_MODEL      optional, the model name (default gpt-4o-mini, claude-sonnet-4-5 or gemini-2.5-flash)
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

var provider = "openai";
var stream = false;
var typed = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--stream")
    {
        stream = true;
    }
    else if (args[i] == "--typed")
    {
        typed = true;
    }
    else if (args[i] == "--provider" && i + 1 < args.Length)
    {
        provider = args[++i];
    }
    else
    {
        Console.Error.WriteLine("Usage: QuickStart [--provider openai|responses|anthropic|gemini] [--stream] [--typed]");
        return 2;
    }
}

ChatCodec? codec = provider switch
{
    "openai" => ChatCompletionsCodec.Default,
    "responses" => ResponsesCodec.Default,
    "anthropic" => AnthropicCodec.Default,
    "gemini" => GeminiCodec.Default,
    _ => null,
};
if (codec is null)
{
    Console.Error.WriteLine("Unknown provider \"" + provider + "\": use openai, responses, anthropic or gemini.");
    return 2;
}

var endpoint = Environment.GetEnvironmentVariable("TOOLGEN_ENDPOINT");
var scripted = string.IsNullOrWhiteSpace(endpoint);
using var http = scripted
    ? new HttpClient(new ScriptedModel(ScriptedWire.For(provider))) { BaseAddress = new Uri(provider == "gemini" ? "http://scripted-model.invalid/v1beta/" : "http://scripted-model.invalid/v1/") }
    : new HttpClient { BaseAddress = new Uri(endpoint!.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };

var approvals = new List<string>();
var options = new ChatLoopOptions
{
    Model = scripted ? "scripted-model"
        : Environment.GetEnvironmentVariable("TOOLGEN_MODEL") is { Length: > 0 } model ? model
        : provider switch { "anthropic" => "claude-sonnet-4-5", "gemini" => "gemini-2.5-flash", _ => "gpt-4o-mini" },
    ApiKey = Environment.GetEnvironmentVariable("TOOLGEN_API_KEY"),
    Strict = true,
    Stream = stream,
    Instructions = "You are a concise travel assistant. Use the tools for facts; never guess them.",
    Approve = (call, definition, _) =>
    {
        // A real host would ask the user here; the sample approves and says so.
        approvals.Add($"  ? {definition.Name} [id {call.Id}] needs approval: approved (the sample approves every call)");
        return new ValueTask<bool>(true);
    },
    // Called after each response's tool calls have run, before the results go back to the model.
    ToolCallsCompleted = step => PrintStep(step, approvals),
};

var how = provider == "openai" && !stream ? string.Empty : $" ({codec.Name}{(stream ? ", streamed" : string.Empty)})";
Console.WriteLine(scripted
    ? $"Model: the built-in scripted model{how} (set TOOLGEN_ENDPOINT to use a real one)"
    : $"Model: {options.Model} at {http.BaseAddress}{how}");
Console.WriteLine();
Console.WriteLine($"== Tools sent to the model ({tools.Definitions.Count}, strict where a strict schema exists) ==");
Console.WriteLine(Indent(ToolsAsSent(codec, tools.Definitions, options.Strict)));
Console.WriteLine();
Console.WriteLine("== User ==");
Console.WriteLine(Question);

var loop = new ChatLoop(http, codec, tools, options);

ChatLoopResult result;
try
{
    result = await loop.SendAsync(Question);
}
catch (Exception ex) when (ex is HttpRequestException or FormatException or TimeoutException or NotSupportedException)
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

if (typed)
{
    // The request now carries TripSummary's generated schema as the answer format; the generated reader reads the
    // answer, and a reading error goes back to the model once (the scripted model's first try has a mistake in it).
    ChatLoopResult<TripSummary> summary;
    try
    {
        summary = await loop.SendAsync(TripSummary.OutputFormat, "Sum the trip up as a TripSummary.");
    }
    catch (StructuredOutputException ex)
    {
        Console.Error.WriteLine("The model's typed answer could not be read: " + ex.Message);
        return 1;
    }

    var trip = summary.Value;
    Console.WriteLine();
    Console.WriteLine($"== Typed answer: {TripSummary.OutputFormat.Name} (read after {summary.Attempts} attempt{(summary.Attempts == 1 ? "" : "s")}) ==");
    Console.WriteLine($"Route {string.Join(" -> ", trip.Route)}, {trip.Nights} nights, {trip.EstimatedCostEur} EUR, within budget: {trip.WithinBudget}, weather: {trip.Weather}");
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

// The tools exactly as this provider's request carries them (Gemini nests them in functionDeclarations).
static string ToolsAsSent(ChatCodec codec, IReadOnlyList<ToolDefinition> definitions, bool strict)
{
    if (codec is ChatCompletionsCodec)
    {
        return OpenAIChatCompletions.WriteTools(definitions, strict);
    }

    using var request = JsonDocument.Parse(codec.WriteRequest(new ChatRequest { Model = "m", Tools = definitions, Strict = strict }));
    return request.RootElement.GetProperty("tools").GetRawText();
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
