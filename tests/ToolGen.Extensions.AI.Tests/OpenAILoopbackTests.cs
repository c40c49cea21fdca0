using System.ClientModel;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>
/// ToolGen functions through the official OpenAI .NET SDK and <c>Microsoft.Extensions.AI.OpenAI</c>, against an
/// OpenAI-compatible chat completions server on a loopback port that answers from a script and keeps every request
/// body. Nothing leaves the machine.
/// </summary>
public class OpenAILoopbackTests
{
    [Fact]
    public async Task Tool_schemas_go_out_as_parameters_and_results_come_back_under_their_call_ids()
    {
        var tools = new AssistantTools();
        IToolSet set = tools;
        var weather = set.Definitions.Single(d => d.Name == "get_weather");
        var add = set.Definitions.Single(d => d.Name == "add");

        await using var server = LoopbackServer.Start(
            """
            {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"m","choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,"tool_calls":[
              {"id":"call_w","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\",\"unit\":\"Fahrenheit\"}"}},
              {"id":"call_a","type":"function","function":{"name":"add","arguments":"{\"a\":2,\"b\":40}"}}]}}],
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}
            """,
            """
            {"id":"chatcmpl-2","object":"chat.completion","created":2,"model":"m","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Paris: 57.2 °F; 2 + 40 = 42."}}],
             "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}
            """);

        var openAI = new OpenAIClient(
            new ApiKeyCredential("test"),
            new OpenAIClientOptions { Endpoint = server.Endpoint, NetworkTimeout = TimeSpan.FromSeconds(30) });
        using var client = new ChatClientBuilder(openAI.GetChatClient("m").AsIChatClient())
            .UseFunctionInvocation()
            .Build();
        var options = new ChatOptions { Tools = [.. set.AsAIFunctions().Where(f => f.Name is "get_weather" or "add")] };

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var response = await client.GetResponseAsync("Weather in Paris in Fahrenheit, and 2 + 40?", options, cancel.Token);

        Assert.Equal("Paris: 57.2 °F; 2 + 40 = 42.", response.Text);
        Assert.Equal(2, server.Requests.Count);

        // Request 1: ToolGen's schemas, strict ones marked strict.
        foreach (var request in server.Requests)
        {
            var offered = request["tools"]!.AsArray();
            Assert.Equal(2, offered.Count);
            foreach (var definition in new[] { weather, add })
            {
                var function = offered.Single(t => (string?)t!["function"]!["name"] == definition.Name)!;
                Assert.Equal("function", (string?)function["type"]);
                Assert.Equal(definition.Description, (string?)function["function"]!["description"]);
                var expected = definition.StrictParametersSchema ?? definition.ParametersSchema;
                Assert.True(
                    JsonNode.DeepEquals(JsonNode.Parse(expected), function["function"]!["parameters"]),
                    $"{definition.Name}: sent {function["function"]!["parameters"]!.ToJsonString()}, ToolGen's schema is {expected}");
                Assert.Equal(definition.StrictParametersSchema is not null, (bool?)function["function"]!["strict"] ?? false);
            }
        }

        Assert.NotNull(weather.StrictParametersSchema);
        Assert.NotNull(add.StrictParametersSchema);

        // Request 2: the assistant's two calls, then one tool message per call id carrying ToolGen's result text.
        var messages = server.Requests[1]["messages"]!.AsArray();
        var assistant = messages.Single(m => (string?)m!["role"] == "assistant")!;
        Assert.Equal(["call_w", "call_a"], assistant["tool_calls"]!.AsArray().Select(c => (string?)c!["id"]));
        var toolMessages = messages.Where(m => (string?)m!["role"] == "tool").ToList();
        Assert.Equal(2, toolMessages.Count);

        var expectedWeather = await set.InvokeAsync(new ToolCall("x", "get_weather", """{"city":"Paris","unit":"Fahrenheit"}"""));
        var expectedAdd = await set.InvokeAsync(new ToolCall("y", "add", """{"a":2,"b":40}"""));
        Assert.False(expectedWeather.IsError);
        Assert.Equal("""{"city":"Paris","temperature":57.2,"unit":"Fahrenheit"}""", expectedWeather.Content);
        Assert.Equal("42", expectedAdd.Content);
        var sentWeather = ToolContent(toolMessages.Single(m => (string?)m!["tool_call_id"] == "call_w")!);
        var sentAdd = ToolContent(toolMessages.Single(m => (string?)m!["tool_call_id"] == "call_a")!);
        // ToolGen's result text, character for character: the adapter returns it as a string, which
        // Microsoft.Extensions.AI.OpenAI sends as it is (a JsonElement would be re-serialized, indented, by
        // AIJsonUtilities.DefaultOptions).
        Assert.Equal(expectedWeather.Content, sentWeather);
        Assert.Equal(expectedAdd.Content, sentAdd);
    }

    /// <summary>A tool message's content: a string, or an array of text parts.</summary>
    private static string ToolContent(JsonNode message)
    {
        var content = message["content"]!;
        return content is JsonArray parts
            ? string.Concat(parts.Select(p => (string?)p!["text"]))
            : content.GetValue<string>();
    }

    /// <summary>
    /// A minimal HTTP/1.1 server on 127.0.0.1 for <c>POST /v1/chat/completions</c>: each request gets the next scripted
    /// JSON body; the parsed request bodies are kept.
    /// </summary>
    private sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly Queue<string> _responses;
        private readonly Task _loop;
        private readonly CancellationTokenSource _stop = new();

        private LoopbackServer(TcpListener listener, IEnumerable<string> responses)
        {
            _listener = listener;
            _responses = new Queue<string>(responses);
            _loop = Task.Run(ServeAsync);
        }

        public List<JsonNode> Requests { get; } = new();

        public Uri Endpoint => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/v1");

        public static LoopbackServer Start(params string[] responses)
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return new LoopbackServer(listener, responses);
        }

        private async Task ServeAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient connection;
                try
                {
                    connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }

                using (connection)
                {
                    var stream = connection.GetStream();
                    // Keep-alive: serve requests on this connection until the client closes it.
                    while (await ReadRequestAsync(stream) is { } body)
                    {
                        string response;
                        lock (Requests)
                        {
                            Requests.Add(JsonNode.Parse(body)!);
                            response = _responses.Count > 0
                                ? _responses.Dequeue()
                                : """{"error":{"message":"script exhausted","type":"test"}}""";
                        }

                        var payload = Encoding.UTF8.GetBytes(response);
                        var head = Encoding.ASCII.GetBytes(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                            payload.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\r\n\r\n");
                        await stream.WriteAsync(head, _stop.Token);
                        await stream.WriteAsync(payload, _stop.Token);
                        await stream.FlushAsync(_stop.Token);
                    }
                }
            }
        }

        /// <summary>Reads one request (headers, then a Content-Length or chunked body); null when the peer closed.</summary>
        private async Task<string?> ReadRequestAsync(NetworkStream stream)
        {
            var buffer = new List<byte>();
            var one = new byte[1];
            while (true)
            {
                if (await stream.ReadAsync(one, _stop.Token) == 0)
                {
                    return null;
                }

                buffer.Add(one[0]);
                var n = buffer.Count;
                if (n >= 4 && buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n')
                {
                    break;
                }
            }

            var headers = Encoding.ASCII.GetString(buffer.ToArray()).Split("\r\n");
            Assert.StartsWith("POST /v1/chat/completions ", headers[0], StringComparison.Ordinal);
            var length = headers.Select(h => h.Split(':', 2))
                .Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                .Select(p => (int?)int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture))
                .FirstOrDefault();
            var chunked = headers.Any(h => h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase) &&
                h.Contains("chunked", StringComparison.OrdinalIgnoreCase));
            using var body = new MemoryStream();
            if (length is { } exact)
            {
                await CopyExactlyAsync(stream, body, exact);
            }
            else if (chunked)
            {
                while (true)
                {
                    var size = int.Parse(await ReadLineAsync(stream), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                    if (size == 0)
                    {
                        await ReadLineAsync(stream);
                        break;
                    }

                    await CopyExactlyAsync(stream, body, size);
                    await ReadLineAsync(stream);
                }
            }

            return Encoding.UTF8.GetString(body.ToArray());
        }

        private async Task CopyExactlyAsync(NetworkStream stream, MemoryStream into, int count)
        {
            var chunk = new byte[count];
            await stream.ReadExactlyAsync(chunk, _stop.Token);
            into.Write(chunk);
        }

        private async Task<string> ReadLineAsync(NetworkStream stream)
        {
            var line = new StringBuilder();
            var one = new byte[1];
            while (await stream.ReadAsync(one, _stop.Token) == 1 && one[0] != '\n')
            {
                if (one[0] != '\r')
                {
                    line.Append((char)one[0]);
                }
            }

            return line.ToString().Split(';')[0];
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _loop;
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
            }

            _stop.Dispose();
        }
    }
}
