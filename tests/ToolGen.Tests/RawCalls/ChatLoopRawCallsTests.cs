using System.Text.Json;
using ToolGen.Chat;
using ToolGen.RawCalls;
using ToolGen.Tests.Chat;

namespace ToolGen.Tests.RawCalls;

// A server that did not parse the model's calls (vLLM without --tool-call-parser, llama.cpp without --jinja) returns
// them in the content: wire-formats.md §6. The loop reads them, runs them, and echoes them as tool_calls.
public class ChatLoopRawCallsTests
{
    private readonly ScriptedChatHandler _server = new();
    private readonly ChatTools _tools = new();

    private OpenAIChatLoop CreateLoop(ChatLoopOptions options) =>
        new(new HttpClient(_server) { BaseAddress = new Uri("http://model.test/v1/") }, _tools, options);

    [Fact]
    public async Task Calls_in_the_content_are_run_and_echoed_as_tool_calls()
    {
        _server
            .Then(ScriptedChatHandler.Answer("Let me check.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>"))
            .Then(ScriptedChatHandler.Answer("It is 18.5 °C in Paris."));
        var read = new List<RawToolCallResult>();
        var loop = CreateLoop(new ChatLoopOptions { Model = "qwen", RawToolCallsRead = read.Add });

        var result = await loop.SendAsync("Weather in Paris?");

        Assert.Equal("It is 18.5 °C in Paris.", result.Text);
        Assert.Equal(2, result.Steps);
        Assert.Equal(new[] { "get_weather Paris" }, _tools.Ran);
        var invocation = Assert.Single(result.Transcript);
        Assert.Equal(RawToolCallFormat.Hermes, Assert.Single(read).Format);
        var id = invocation.Call.Id;
        Assert.StartsWith("call_", id, StringComparison.Ordinal);

        var messages = _server.Request(1).GetProperty("messages");
        Assert.Equal(3, messages.GetArrayLength());
        var assistant = messages[1];
        Assert.Equal("assistant", assistant.GetProperty("role").GetString());
        Assert.Equal("Let me check.", assistant.GetProperty("content").GetString());
        var call = Assert.Single(assistant.GetProperty("tool_calls").EnumerateArray());
        Assert.Equal(id, call.GetProperty("id").GetString());
        Assert.Equal("function", call.GetProperty("type").GetString());
        Assert.Equal("get_weather", call.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal("{\"city\": \"Paris\"}", call.GetProperty("function").GetProperty("arguments").GetString());
        var tool = messages[2];
        Assert.Equal("tool", tool.GetProperty("role").GetString());
        Assert.Equal(id, tool.GetProperty("tool_call_id").GetString());
        Assert.Equal(invocation.Result.Content, tool.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Mistral_calls_get_nine_character_ids_and_parallel_calls_all_run()
    {
        _server
            .Then(ScriptedChatHandler.Answer("[TOOL_CALLS] [{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}, {\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}}]"))
            .Then(ScriptedChatHandler.Answer("Done."));
        var loop = CreateLoop(new ChatLoopOptions { Model = "mistral" });

        var result = await loop.SendAsync("Weather?");

        Assert.Equal("Done.", result.Text);
        Assert.Equal(new[] { "get_weather Oslo", "get_weather Paris" }, _tools.Ran.OrderBy(r => r, StringComparer.Ordinal));
        var messages = _server.Request(1).GetProperty("messages");
        var ids = messages[1].GetProperty("tool_calls").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToArray();
        Assert.All(ids, id => Assert.Matches("^[a-zA-Z0-9]{9}$", id));
        Assert.Equal(JsonValueKind.Null, messages[1].GetProperty("content").ValueKind);
        Assert.Equal(ids, new[] { messages[2], messages[3] }.Select(m => m.GetProperty("tool_call_id").GetString()!));
    }

    [Fact]
    public async Task Turned_off_the_content_is_the_answer()
    {
        const string text = "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>";
        _server.Then(ScriptedChatHandler.Answer(text));
        var loop = CreateLoop(new ChatLoopOptions { Model = "qwen", ReadRawToolCalls = null });

        var result = await loop.SendAsync("Weather in Paris?");

        Assert.Equal(text, result.Text);
        Assert.Empty(_tools.Ran);
        Assert.Equal(1, result.Steps);
    }

    [Fact]
    public async Task A_named_format_reads_only_that_format()
    {
        const string text = "[TOOL_CALLS]get_weather{\"city\": \"Paris\"}";
        _server.Then(ScriptedChatHandler.Answer(text));
        var loop = CreateLoop(new ChatLoopOptions { Model = "qwen", ReadRawToolCalls = RawToolCallFormat.Hermes });

        var result = await loop.SendAsync("Weather in Paris?");

        Assert.Equal(text, result.Text);
        Assert.Empty(_tools.Ran);
    }

    [Fact]
    public async Task Plain_answers_are_unchanged()
    {
        _server.Then(ScriptedChatHandler.Answer("Use [brackets] and {braces} freely."));
        var loop = CreateLoop(new ChatLoopOptions { Model = "qwen" });

        var result = await loop.SendAsync("Hi");

        Assert.Equal("Use [brackets] and {braces} freely.", result.Text);
        Assert.Equal("{\"role\":\"assistant\",\"content\":\"Use [brackets] and {braces} freely.\"}", loop.Messages[1]);
    }
}
