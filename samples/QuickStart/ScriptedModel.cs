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
/// A stand-in for a model server, so that the sample runs without a network or a key. It plays a model that plans its tool
/// calls from the conversation it receives: first the weather and a stock price (two calls at once), then a time
/// conversion, then a trip plan, then an answer written from the tool results it was sent back. It checks the request as a
/// server would (model, tools, every tool call answered) and answers 400 if not. The provider's wire format (OpenAI Chat
/// Completions, OpenAI Responses, Anthropic Messages, Gemini), plain or streamed, is a <see cref="ScriptedWire"/>.
/// </summary>
/// <remarks>Uses JsonDocument and Utf8JsonWriter only, so it is as safe under NativeAOT as the library.</remarks>
internal sealed class ScriptedModel : HttpMessageHandler
{
    private readonly ScriptedWire _wire;
    private int _responses;
    private int _typedAnswers;

    public ScriptedModel(ScriptedWire wire) => _wire = wire;

    public ScriptedModel()
        : this(new ChatCompletionsWire())
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.PathAndQuery ?? string.Empty;
        if (request.Method != HttpMethod.Post || !_wire.Accepts(path))
        {
            return Error(HttpStatusCode.NotFound, "Unknown endpoint " + request.Method + " " + request.RequestUri + ".");
        }

        var body = request.Content is null ? Array.Empty<byte>() : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            var conversation = _wire.Read(document.RootElement, path);
            if (conversation.Problem is not null)
            {
                return Error(HttpStatusCode.BadRequest, conversation.Problem);
            }

            var problem = Check(conversation);
            if (problem is not null)
            {
                return Error(HttpStatusCode.BadRequest, problem);
            }

            _responses++;
            var step = Decide(conversation, _wire.IdPrefix);
            if (step.Text is not null && AsksForAnswerFormat(document.RootElement))
            {
                step = ScriptedStep.Answer(WriteTypedAnswer(conversation.Results, ++_typedAnswers));
            }

            var stream = _wire.IsStreamed(document.RootElement, path);
            return stream
                ? Content("text/event-stream", Encoding.UTF8.GetBytes(_wire.WriteStream(conversation.Model, step, _responses)))
                : Content("application/json", Encoding.UTF8.GetBytes(_wire.Write(conversation.Model, step, _responses)));
        }
        catch (JsonException ex)
        {
            return Error(HttpStatusCode.BadRequest, "The request body is not JSON: " + ex.Message);
        }
        catch (KeyNotFoundException ex)
        {
            return Error(HttpStatusCode.BadRequest, "The request lacks a required field: " + ex.Message);
        }
    }

    private static string? Check(ScriptedConversation conversation)
    {
        if (conversation.Unanswered.Count > 0)
        {
            return "Tool call \"" + conversation.Unanswered[0] + "\" was not answered.";
        }

        foreach (var needed in new[] { "get_weather", "get_stock_price", "convert_time", "plan_trip" })
        {
            if (!conversation.Offered.Contains(needed))
            {
                return "This scripted model needs the tool \"" + needed + "\", which the request does not offer.";
            }
        }

        return null;
    }

    /// <summary>The next move of the "model": calls to make, or the answer.</summary>
    private static ScriptedStep Decide(ScriptedConversation conversation, string idPrefix)
    {
        var results = conversation.Results;
        var n = results.Count;
        string Id(int k) => idPrefix + (n + k).ToString(CultureInfo.InvariantCulture);
        if (!results.ContainsKey("get_weather") || !results.ContainsKey("get_stock_price"))
        {
            return ScriptedStep.Calls(
                new ScriptedCall(Id(1), "get_weather", """{"city":"Paris","unit":"celsius"}"""),
                new ScriptedCall(Id(2), "get_stock_price", """{"symbol":"MSFT"}"""));
        }

        if (!results.ContainsKey("convert_time"))
        {
            return ScriptedStep.Calls(new ScriptedCall(Id(1), "convert_time", """{"time":"2025-03-14T09:00:00","fromZone":"Asia/Tokyo","toZone":"Europe/Paris"}"""));
        }

        if (!results.ContainsKey("plan_trip"))
        {
            // Rain in Paris? Then the trip heads south first.
            var rainy = results["get_weather"].Contains("rain", StringComparison.Ordinal);
            var stops = rainy ? """["Nice","Lyon","Geneva"]""" : """["Geneva","Lyon","Nice"]""";
            return ScriptedStep.Calls(new ScriptedCall(
                Id(1),
                "plan_trip",
                """{"request":{"origin":"Paris","stops":""" + stops + ""","nightsPerStop":2,"budget":{"hotel":900,"food":400,"transport":300},"style":"comfort"}}"""));
        }

        return ScriptedStep.Answer(WriteAnswer(results));
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

    /// <summary>Whether the request asks for a JSON answer, wherever its provider puts the answer format.</summary>
    private static bool AsksForAnswerFormat(JsonElement request) =>
        request.TryGetProperty("response_format", out _)                                                  // Chat Completions
        || (request.TryGetProperty("text", out var text) && text.TryGetProperty("format", out _))        // Responses
        || (request.TryGetProperty("output_config", out var output) && output.TryGetProperty("format", out _)) // Anthropic
        || (request.TryGetProperty("generationConfig", out var config) && config.TryGetProperty("responseJsonSchema", out _)); // Gemini

    /// <summary>
    /// The trip as TripSummary JSON. The first try writes the nights as words, as models sometimes do, so that the
    /// sample shows the reader's message going back and the model's repaired answer.
    /// </summary>
    private static string WriteTypedAnswer(Dictionary<string, string> results, int attempt)
    {
        if (!TryParse(results["plan_trip"], out var plan) || !TryParse(results["get_weather"], out var weather))
        {
            return "{}";
        }

        return ScriptedWire.WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("route");
            var first = true;
            foreach (var leg in plan.GetProperty("legs").EnumerateArray())
            {
                if (first)
                {
                    writer.WriteStringValue(leg.GetProperty("from").GetString());
                    first = false;
                }

                writer.WriteStringValue(leg.GetProperty("to").GetString());
            }

            writer.WriteEndArray();
            if (attempt == 1)
            {
                writer.WriteString("nights", "six");
            }
            else
            {
                writer.WriteNumber("nights", plan.GetProperty("totalNights").GetInt32());
            }

            writer.WriteNumber("estimatedCostEur", plan.GetProperty("estimatedCost").GetInt32());
            writer.WriteBoolean("withinBudget", plan.GetProperty("withinBudget").GetBoolean());
            writer.WriteString("weather", weather.GetProperty("conditions").GetString());
            writer.WriteEndObject();
        });
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

    private static HttpResponseMessage Error(HttpStatusCode status, string message)
    {
        var body = ScriptedWire.WriteJson(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", "invalid_request_error");
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        var response = Content("application/json", Encoding.UTF8.GetBytes(body));
        response.StatusCode = status;
        return response;
    }

    private static HttpResponseMessage Content(string mediaType, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
