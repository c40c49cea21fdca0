using System.Text.Json;
using System.Text.Json.Nodes;
using ToolGen.Chat;
using ToolGen.Tests.StructuredOutputs;

namespace ToolGen.Tests.Chat;

/// <summary>
/// Issue 17, done-when: a generated <c>[StructuredOutput]</c> type (<see cref="ReviewAnswer"/>) end to end through
/// every codec and the loop: a tool call first, then an answer its generated reader refuses, sent back once with the
/// reader's own message, then an answer it reads.
/// </summary>
public sealed class GeneratedAnswerLoopTests
{
    private const string Refused = """{"verdict":"Approve","score":11,"comments":[]}""";
    private const string Accepted = """{"verdict":"NeedsWork","score":6,"comments":[{"file":"a.cs","line":3,"text":"Name the \"magic\" number."}],"summary":null}""";

    [Theory]
    [MemberData(nameof(ProviderScript.Names), MemberType = typeof(ProviderScript))]
    public async Task A_generated_answer_type_is_asked_for_read_and_repaired_once(string provider)
    {
        var script = ProviderScript.Get(provider);
        var server = new ScriptedChatHandler();
        server.Then(script.Call).Then(AnswerBody(provider, Refused)).Then(AnswerBody(provider, Accepted));
        var loop = new ChatLoop(
            new HttpClient(server) { BaseAddress = new Uri("http://model.test/v1/") },
            script.Codec,
            new ChatTools(),
            new ChatLoopOptions { Model = "m" });

        var result = await loop.SendAsync(ReviewAnswer.OutputFormat, "Review a.cs");

        Assert.Equal(Verdict.NeedsWork, result.Value.Verdict);
        Assert.Equal(6, result.Value.Score);
        Assert.Equal("Name the \"magic\" number.", Assert.Single(result.Value.Comments).Text);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(3, server.Bodies.Count);

        // Every request asks for the generated schema (its enum values are there), under the generated name where the
        // provider names answer formats (Anthropic's output_config.format and Gemini's responseJsonSchema have no name).
        for (var i = 0; i < 3; i++)
        {
            var strings = Strings(server.Request(i));
            Assert.Contains("NeedsWork", strings);
            if (provider is "openai" or "responses")
            {
                Assert.Contains(ReviewAnswer.OutputFormat.Name, strings);
            }
        }

        // The retry carries the generated reader's own message, word for word.
        Assert.False(ReviewAnswer.OutputFormat.TryRead(Refused, out _, out var error));
        Assert.Contains("score", error!.Message, StringComparison.Ordinal);
        Assert.Contains(Strings(server.Request(2)), s => s.Contains(error.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(Strings(server.Request(1)), s => s.Contains(error.Message, StringComparison.Ordinal));
    }

    /// <summary>A final answer holding <paramref name="text"/>, in each provider's documented response shape.</summary>
    private static string AnswerBody(string provider, string text)
    {
        var quoted = JsonValue.Create(text)!.ToJsonString();
        return provider switch
        {
            "openai" => ScriptedChatHandler.Answer(text),
            "responses" => $$$"""{"id":"resp_2","object":"response","status":"completed","output":[{"type":"message","id":"msg_2","status":"completed","role":"assistant","content":[{"type":"output_text","text":{{{quoted}}},"annotations":[]}]}]}""",
            "anthropic" => $$$"""{"id":"msg_2","type":"message","role":"assistant","model":"m","content":[{"type":"text","text":{{{quoted}}}}],"stop_reason":"end_turn","usage":{"input_tokens":10,"output_tokens":20}}""",
            _ => $$$"""{"candidates":[{"content":{"role":"model","parts":[{"text":{{{quoted}}}}]},"finishReason":"STOP"}]}""",
        };
    }

    /// <summary>Every string value and property name in a request, unescaped.</summary>
    private static List<string> Strings(JsonElement element)
    {
        var found = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    found.Add(e.GetString()!);
                    break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        found.Add(p.Name);
                        Walk(p.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(element);
        return found;
    }
}
