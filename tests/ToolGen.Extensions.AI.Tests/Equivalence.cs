using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>
/// The pairs the equivalence tests compare: each ToolGen function of <see cref="CorpusTools"/> and
/// <c>AIFunctionFactory.Create</c> of the same method (by reflection, which is fine in a test), and how each side runs
/// a payload (with the same services, so that <see cref="IServiceProvider"/> parameters see the same host).
/// </summary>
internal static class Equivalence
{
    private static readonly CorpusTools Target = new();

    public static IEnumerable<(ToolGenAIFunction ToolGen, AIFunction Factory)> Pairs(bool strict)
    {
        IToolSet set = Target;
        foreach (var function in set.AsAIFunctions(strict).Cast<ToolGenAIFunction>())
        {
            var method = typeof(CorpusTools).GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Single(m => Snake(m.Name) == function.Name);
            yield return (function, AIFunctionFactory.Create(method, Target, new AIFunctionFactoryOptions { Name = function.Name }));
        }
    }

    public static (ToolGenAIFunction ToolGen, AIFunction Factory) Pair(string name, bool strict = false) =>
        Pairs(strict).Single(p => p.ToolGen.Name == name);

    /// <summary>ToolGen's default name: snake_case without an <c>Async</c> suffix.</summary>
    private static string Snake(string name)
    {
        if (name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name[..^5];
        }

        return string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));
    }

    public static JsonNode Node(JsonElement element) => JsonNode.Parse(element.GetRawText())!;

    public static void AssertJson(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), "expected " + expected + ", got " + actual?.ToJsonString());

    public static IServiceProvider Services() => new Services().Add<IGreeting>(new Greeting());

    public static AIFunctionArguments Arguments(string json)
    {
        using var document = JsonDocument.Parse(json);
        var arguments = new AIFunctionArguments { Services = Services() };
        foreach (var property in document.RootElement.EnumerateObject())
        {
            arguments[property.Name] = property.Value.Clone();
        }

        return arguments;
    }

    private static JsonNode? Normalise(object? result) => result switch
    {
        null => null,
        string text => JsonValue.Create(text),
        JsonElement element => JsonNode.Parse(element.GetRawText()),
        _ => throw new InvalidOperationException("Unexpected result type " + result.GetType()),
    };

    public static async Task<(bool Error, JsonNode? Value, string Text)> RunToolGen(ToolGenAIFunction function, string json)
    {
        var direct = await function.ToolSet.InvokeAsync(new ToolCall("x", function.Name, json) { Strict = function.Strict, Services = Services() });
        var result = await function.InvokeAsync(Arguments(json));
        // A tool with a result schema returns its JSON text; the factory returns the parsed value.
        var value = !direct.IsError && function.ReturnJsonSchema is not null
            ? JsonNode.Parse(Assert.IsType<string>(result))
            : Normalise(result);
        return (direct.IsError, value, direct.Content);
    }

    public static async Task<(bool Error, JsonNode? Value, string Text)> RunFactory(AIFunction function, string json)
    {
        try
        {
            var result = await function.InvokeAsync(Arguments(json));
            return (false, Normalise(result), Normalise(result)?.ToJsonString() ?? "null");
        }
        catch (Exception e)
        {
            return (true, null, e.GetType().Name + ": " + e.Message);
        }
    }
}
