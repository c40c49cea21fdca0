using System.Text.Json.Nodes;
using ToolGen.RawCalls;

namespace ToolGen.Tests.RawCalls;

/// <summary>
/// Test helpers. <see cref="Parse"/> reads a text whole and also streamed, cut at every character boundary and fed one
/// character at a time, and asserts that the stream returns the same calls (ids included), content, reasoning and events.
/// </summary>
internal static class Raw
{
    public static RawToolCallResult Parse(string text, RawToolCallFormat format = RawToolCallFormat.Auto, IReadOnlyList<ToolDefinition>? tools = null)
    {
        var whole = RawToolCalls.Parse(text, format, tools);
        for (var cut = 0; cut <= text.Length; cut++)
        {
            StreamAgrees(whole, format, tools, text.Substring(0, cut), text.Substring(cut));
        }

        StreamAgrees(whole, format, tools, text.Select(c => c.ToString()).ToArray());
        return whole;
    }

    /// <summary>Streams the pieces and asserts the same result as the whole read.</summary>
    public static void StreamAgrees(RawToolCallResult whole, RawToolCallFormat format, IReadOnlyList<ToolDefinition>? tools, params string[] pieces)
    {
        var stream = new RawToolCallStream(format, tools);
        var returned = new List<ToolCall>();
        foreach (var piece in pieces)
        {
            returned.AddRange(stream.Append(piece));
        }

        returned.AddRange(stream.Complete());
        var result = stream.Result!;
        var where = "streamed as " + pieces.Length + " pieces (first: " + (pieces.Length == 0 ? 0 : pieces[0].Length) + " chars)";
        Assert.True(Describe(whole.Calls).SequenceEqual(Describe(returned)), where + ": calls differ:\n" + string.Join("\n", Describe(whole.Calls)) + "\n---\n" + string.Join("\n", Describe(returned)));
        Assert.True(Describe(whole.Calls).SequenceEqual(Describe(result.Calls)), where + ": result calls differ");
        Assert.True(whole.Content == result.Content, where + ": content differs: [" + whole.Content + "] vs [" + result.Content + "]");
        Assert.True(whole.Reasoning == result.Reasoning, where + ": reasoning differs: [" + whole.Reasoning + "] vs [" + result.Reasoning + "]");
        Assert.True(
            whole.Events.Select(e => e.ToString()).SequenceEqual(result.Events.Select(e => e.ToString())),
            where + ": events differ:\n" + string.Join("\n", whole.Events) + "\n---\n" + string.Join("\n", result.Events));
        Assert.Equal(whole.Format, result.Format);
    }

    public static IEnumerable<string> Describe(IEnumerable<ToolCall> calls) => calls.Select(c => c.Id + " " + c.Name + " " + c.ArgumentsText);

    /// <summary>The calls as "name args".</summary>
    public static string[] Calls(RawToolCallResult result) => result.Calls.Select(c => c.Name + " " + c.ArgumentsText).ToArray();

    /// <summary>The event kinds, in order.</summary>
    public static RawToolCallEventKind[] Kinds(RawToolCallResult result) => result.Events.Select(e => e.Kind).ToArray();

    /// <summary>Asserts that two JSON texts are the same JSON value.</summary>
    public static void SameJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), "expected " + expected + "\nactual   " + actual);

    public static ToolDefinition Tool(string name, string properties) =>
        new(name, "test tool", "{\"type\":\"object\",\"properties\":{" + properties + "}}");

    public static readonly ToolDefinition[] WeatherTools =
    {
        Tool("get_weather", "\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"},\"metric\":{\"type\":\"boolean\"}"),
        Tool("get_time", "\"zone\":{\"type\":\"string\"}"),
    };
}
