using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Meai;

/// <summary>
/// The same four methods of <see cref="BenchTools"/>, as a Microsoft.Extensions.AI user writes them:
/// <c>AIFunctionFactory.Create(delegate, name)</c>, the description coming from the same <c>[Description]</c>
/// attributes that ToolGen reads. Names are passed so that both libraries offer the model the same names.
/// </summary>
public static class MeaiTools
{
    public static AIFunction[] Create(BenchTools tools, JsonSerializerOptions? options = null) => new[]
    {
        AIFunctionFactory.Create((Func<string, decimal>)tools.GetStockPrice, "get_stock_price", serializerOptions: options),
        AIFunctionFactory.Create((Func<string, TemperatureUnit, int, WeatherReport>)tools.GetWeather, "get_weather", serializerOptions: options),
        AIFunctionFactory.Create((Func<Reservation, string>)tools.BookTable, "book_table", serializerOptions: options),
        AIFunctionFactory.Create((Func<string, double, double, bool, string[]?, int[]>)tools.SearchProducts, "search_products", serializerOptions: options),
    };

    /// <summary>The four shapes of issue 18 (<see cref="ShapeTools"/>), the same way.</summary>
    public static AIFunction[] CreateShapes(ShapeTools tools, JsonSerializerOptions? options = null) => new[]
    {
        AIFunctionFactory.Create((Func<Meeting, string>)tools.ScheduleMeeting, "schedule_meeting", serializerOptions: options),
        AIFunctionFactory.Create((Func<string, string, string, string[]?, bool, int>)tools.SendEmail, "send_email", serializerOptions: options),
        AIFunctionFactory.Create((Func<string, PlaceCategory, int, PlaceList>)tools.FindPlaces, "find_places", serializerOptions: options),
        AIFunctionFactory.Create((Func<Stop[], Dictionary<string, string>, RoutePlan>)tools.PlanRoute, "plan_route", serializerOptions: options),
    };
}

/// <summary>
/// One tool call through Microsoft.Extensions.AI, step by step as its OpenAI chat client and
/// <c>FunctionInvokingChatClient</c> (10.x) do it:
/// <list type="number">
/// <item>the OpenAI adapter parses the arguments' UTF-8 bytes into an <c>IDictionary&lt;string, object?&gt;</c> whose
/// values are <see cref="JsonElement"/>s (<c>FunctionCallContent.CreateFromParsedArguments</c> with
/// <c>JsonSerializer.Deserialize(utf8, OpenAIJsonContext.Default.IDictionaryStringObject)</c>);</item>
/// <item><c>FunctionInvokingChatClient</c> finds the function by name and wraps the dictionary:
/// <c>new AIFunctionArguments(callContent.Arguments) { Services = … }</c>;</item>
/// <item><c>AIFunction.InvokeAsync</c> binds each parameter from its <see cref="JsonElement"/>, calls the method
/// by reflection and serializes the return value to a <see cref="JsonElement"/>;</item>
/// <item>the result travels as <c>FunctionResultContent</c>, and the OpenAI adapter turns it into the text of
/// the <c>role: tool</c> message: the string itself, else
/// <c>JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(object)))</c>.</item>
/// </list>
/// Left out, to M.E.AI's advantage: the chat client's per-request tool map, its logging, activities and
/// <c>FunctionInvocationContext</c>.
/// </summary>
public sealed class MeaiDispatcher
{
    private static readonly JsonTypeInfo<IDictionary<string, object?>> s_argumentsInfo = MeaiJsonContext.Default.IDictionaryStringObject;
    private static readonly JsonTypeInfo s_resultInfo = AIJsonUtilities.DefaultOptions.GetTypeInfo(typeof(object));

    private readonly Dictionary<string, AIFunction> _functions = new(StringComparer.Ordinal);

    public MeaiDispatcher(IEnumerable<AIFunction> functions)
    {
        foreach (var function in functions)
        {
            _functions.Add(function.Name, function);
        }
    }

    public async ValueTask<string> InvokeAsync(string callId, string name, ReadOnlyMemory<byte> utf8Arguments, CancellationToken cancellationToken = default)
    {
        var callContent = FunctionCallContent.CreateFromParsedArguments(
            utf8Arguments, callId, name, static utf8 => JsonSerializer.Deserialize(utf8.Span, s_argumentsInfo));

        if (callContent.Exception is not null || !_functions.TryGetValue(callContent.Name, out var function))
        {
            return "Error: Function failed.";
        }

        var arguments = new AIFunctionArguments(callContent.Arguments) { Services = null };
        var result = await function.InvokeAsync(arguments, cancellationToken).ConfigureAwait(false);
        var resultContent = new FunctionResultContent(callContent.CallId, result);
        return resultContent.Result as string ?? JsonSerializer.Serialize(resultContent.Result, s_resultInfo);
    }
}

/// <summary>The counterpart of M.E.AI.OpenAI's internal <c>OpenAIJsonContext</c>, for the arguments dictionary.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IDictionary<string, object?>))]
internal sealed partial class MeaiJsonContext : JsonSerializerContext;
