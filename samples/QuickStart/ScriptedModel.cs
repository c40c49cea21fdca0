using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace QuickStart;

/// <summary>
/// A stand-in for an OpenAI-compatible chat completions server, so that the sample runs without a network or a key.
/// It plays a model that plans its tool calls from the conversation it receives: first the weather and a stock price
/// (two calls at once), then a time conversion, then a trip plan, then an answer written from the tool results it was
/// sent back. It checks the request as a server would (model, tools, every tool call answered) and answers 400 if not.
/// </summary>
/// <remarks>Uses JsonDocument and Utf8JsonWriter only, so it is as safe under NativeAOT as the library.</remarks>
internal sealed class ScriptedModel : HttpMessageHandler
{
    private int _responses;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri?.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal) != true)
        {
            return Error(HttpStatusCode.NotFound, "Unknown endpoint " + request.Method + " " + request.RequestUri + ".");
        }

        var body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            return Respond(document.RootElement);
        }
        catch (JsonException ex)
        {
            return Error(HttpStatusCode.BadRequest, "The request body is not JSON: " + ex.Message);
        }
    }

    private HttpResponseMessage Respond(JsonElement request)
    {
        if (!request.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String)
        {
            return Error(HttpStatusCode.BadRequest, "\"model\" is required.");
        }

        var offered = new HashSet<string>(StringComparer.Ordinal);
        if (request.TryGetProperty("tools", out var tools))
        {
            foreach (var tool in tools.EnumerateArray())
            {
                offered.Add(tool.GetProperty("function").GetProperty("name").GetString()!);
            }
        }

        // What happened so far: the calls this "model" made (id -> name) and the results it was sent.
        var callNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        var unanswered = new List<string>();
        foreach (var message in request.GetProperty("messages").EnumerateArray())
        {
            var role = message.GetProperty("role").GetString();
            if (role == "assistant" && message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array)
            {
                if (unanswered.Count > 0)
                {
                    break;
                }

                foreach (var call in calls.EnumerateArray())
                {
                    var id = call.GetProperty("id").GetString()!;
                    callNames[id] = call.GetProperty("function").GetProperty("name").GetString()!;
                    unanswered.Add(id);
                }
            }
            else if (role == "tool")
            {
                var id = message.GetProperty("tool_call_id").GetString()!;
                if (!callNames.TryGetValue(id, out var name))
                {
                    return Error(HttpStatusCode.BadRequest, "A tool message answers \"" + id + "\", which no assistant message called.");
                }

                unanswered.Remove(id);
                results[name] = message.GetProperty("content").GetString()!;
            }
        }

        if (unanswered.Count > 0)
        {
            return Error(HttpStatusCode.BadRequest, "Tool call \"" + unanswered[0] + "\" was not answered by a tool message.");
        }

        foreach (var needed in new[] { "get_weather", "get_stock_price", "convert_time", "plan_trip" })
        {
            if (!offered.Contains(needed))
            {
                return Error(HttpStatusCode.BadRequest, "This scripted model needs the tool \"" + needed + "\", which the request does not offer.");
            }
        }

        var n = results.Count;
        if (!results.ContainsKey("get_weather") || !results.ContainsKey("get_stock_price"))
        {
            return ToolCalls(
                model.GetString()!,
                ("call_" + (n + 1), "get_weather", """{"city":"Paris","unit":"celsius"}"""),
                ("call_" + (n + 2), "get_stock_price", """{"symbol":"MSFT"}"""));
        }

        if (!results.ContainsKey("convert_time"))
        {
            return ToolCalls(model.GetString()!, ("call_" + (n + 1), "convert_time", """{"time":"2025-03-14T09:00:00","fromZone":"Asia/Tokyo","toZone":"Europe/Paris"}"""));
        }

        if (!results.ContainsKey("plan_trip"))
        {
            // Rain in Paris? Then the trip heads south first.
            var rainy = results["get_weather"].Contains("rain", StringComparison.Ordinal);
            var stops = rainy ? """["Nice","Lyon","Geneva"]""" : """["Geneva","Lyon","Nice"]""";
            return ToolCalls(
                model.GetString()!,
                ("call_" + (n + 1), "plan_trip", """{"request":{"origin":"Paris","stops":""" + stops + ""","nightsPerStop":2,"budget":{"hotel":900,"food":400,"transport":300},"style":"comfort"}}"""));
        }

        return Answer(model.GetString()!, WriteAnswer(results));
    }

    /// <summary>The final answer, written from the results the loop sent back.</summary>
    private static string WriteAnswer(Dictionary<string, string> results)
    {
        var answer = new StringBuilder("Here is your briefing. ");

        if (TryParse(results["get_weather"], out var weather))
        {
            var unit = weather.GetProperty("unit").GetString() == "fahrenheit" ? "°F" : "°C";
            answer.Append(CultureInfo.InvariantCulture, $"Paris: {weather.GetProperty("temperature").GetDouble()} {unit}, {weather.GetProperty("conditions").GetString()}, humidity {weather.GetProperty("humidityPercent").GetInt32()}%. ");
        }
        else
        {
            answer.Append("I could not get the weather (").Append(results["get_weather"]).Append("). ");
        }

        answer.Append(decimal.TryParse(results["get_stock_price"], NumberStyles.Number, CultureInfo.InvariantCulture, out var price)
            ? "MSFT last traded at $" + price.ToString("0.00", CultureInfo.InvariantCulture) + ". "
            : "No MSFT quote (" + results["get_stock_price"] + "). ");

        if (TryParse(results["convert_time"], out var time))
        {
            var to = time.GetProperty("toTime").GetDateTimeOffset();
            answer.Append(CultureInfo.InvariantCulture, $"A 09:00 meeting in Tokyo on 14 March 2025 is at {to:HH:mm} on {to:d MMMM} in Paris ({time.GetProperty("difference").GetString()}). ");
        }
        else
        {
            answer.Append("I could not convert the time (").Append(results["convert_time"]).Append("). ");
        }

        if (TryParse(results["plan_trip"], out var plan))
        {
            var route = new List<string>();
            foreach (var leg in plan.GetProperty("legs").EnumerateArray())
            {
                if (route.Count == 0)
                {
                    route.Add(leg.GetProperty("from").GetString()!);
                }

                route.Add(leg.GetProperty("to").GetString()!);
            }

            answer.Append(CultureInfo.InvariantCulture, $"Trip: {string.Join(" -> ", route)}, {plan.GetProperty("totalNights").GetInt32()} nights, about {plan.GetProperty("estimatedCost").GetInt32()} EUR against a budget of {plan.GetProperty("budget").GetInt32()} EUR");
            answer.Append(plan.GetProperty("withinBudget").GetBoolean() ? "." : " (over budget: ");
            if (!plan.GetProperty("withinBudget").GetBoolean())
            {
                var over = new List<string>();
                foreach (var note in plan.GetProperty("notes").EnumerateArray())
                {
                    if (note.GetString()!.Contains("over budget", StringComparison.Ordinal))
                    {
                        over.Add(note.GetString()!.TrimEnd('.'));
                    }
                }

                answer.Append(string.Join("; ", over)).Append(").");
            }
        }
        else
        {
            answer.Append("I could not plan the trip (").Append(results["plan_trip"]).Append(").");
        }

        return answer.ToString();
    }

    private static bool TryParse(string content, out JsonElement value)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            value = document.RootElement.Clone();
            return value.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }

    private HttpResponseMessage ToolCalls(string model, params (string Id, string Name, string Arguments)[] calls) =>
        Completion(model, "tool_calls", writer =>
        {
            writer.WriteNull("content");
            writer.WriteStartArray("tool_calls");
            foreach (var (id, name, arguments) in calls)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("type", "function");
                writer.WriteStartObject("function");
                writer.WriteString("name", name);
                writer.WriteString("arguments", arguments); // a string holding JSON, as the API sends it
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        });

    private HttpResponseMessage Answer(string model, string text) =>
        Completion(model, "stop", writer => writer.WriteString("content", text));

    private HttpResponseMessage Completion(string model, string finishReason, Action<Utf8JsonWriter> writeMessage)
    {
        _responses++;
        return Json(HttpStatusCode.OK, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", "chatcmpl-scripted-" + _responses.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("object", "chat.completion");
            writer.WriteNumber("created", 1741939200 + _responses);
            writer.WriteString("model", model);
            writer.WriteStartArray("choices");
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WriteStartObject("message");
            writer.WriteString("role", "assistant");
            writeMessage(writer);
            writer.WriteNull("refusal");
            writer.WriteEndObject();
            writer.WriteNull("logprobs");
            writer.WriteString("finish_reason", finishReason);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    private static HttpResponseMessage Error(HttpStatusCode status, string message) =>
        Json(status, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", "invalid_request_error");
            writer.WriteEndObject();
            writer.WriteEndObject();
        });

    private static HttpResponseMessage Json(HttpStatusCode status, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        var content = new ByteArrayContent(stream.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(status) { Content = content };
    }
}
