namespace ToolGen.Tests.Providers;

/// <summary>
/// Response bodies written from each provider's public documentation (the section is named above each), with only the
/// tool and its arguments changed to the tests' get_weather(city).
/// </summary>
internal static class ProviderFixtures
{
    // ---------------------------------------------------------------- OpenAI Responses
    // platform.openai.com/docs/api-reference/responses/object ("The response object") and the function calling guide
    // ("Handling function calls": output items of type function_call with call_id, name and arguments as a string).

    public const string ResponsesCall = """
        {"id":"resp_67ca09c5efe0819096d0511c92b8c890096610f474011cc0","object":"response","created_at":1741294021,
         "status":"completed","error":null,"incomplete_details":null,"instructions":null,"max_output_tokens":null,
         "model":"gpt-4.1-2025-04-14",
         "output":[{"type":"function_call","id":"fc_67ca09c6bedc8190a7abfec07b1a1332096610f474011cc0",
                    "call_id":"call_unLAR8MvFNptuiZK6K6HCy5k","name":"get_weather","arguments":"{\"city\":\"Paris\"}",
                    "status":"completed"}],
         "parallel_tool_calls":true,"store":true,"temperature":1.0,"tool_choice":"auto","tools":[],"top_p":1.0,"truncation":"disabled",
         "usage":{"input_tokens":291,"input_tokens_details":{"cached_tokens":0},"output_tokens":23,
                  "output_tokens_details":{"reasoning_tokens":0},"total_tokens":314},"user":null,"metadata":{}}
        """;

    public const string ResponsesParallelCalls = """
        {"id":"resp_2","object":"response","status":"completed","error":null,"incomplete_details":null,
         "output":[{"type":"reasoning","id":"rs_1","summary":[]},
                   {"type":"function_call","id":"fc_1","call_id":"call_a","name":"get_weather","arguments":"{\"city\":\"Paris\"}","status":"completed"},
                   {"type":"function_call","id":"fc_2","call_id":"call_b","name":"get_weather","arguments":"{\"city\":\"Rome\"}","status":"completed"}],
         "usage":{"input_tokens":5,"output_tokens":6,"total_tokens":11}}
        """;

    public const string ResponsesAnswer = """
        {"id":"resp_3","object":"response","created_at":1741476542,"status":"completed","error":null,"incomplete_details":null,
         "model":"gpt-4.1-2025-04-14",
         "output":[{"type":"message","id":"msg_67ccd3acc8d48190a77525dc6de64b4104becb25c","status":"completed","role":"assistant",
                    "content":[{"type":"output_text","text":"It is 18.5 °C in Paris.","annotations":[]}]}],
         "usage":{"input_tokens":36,"output_tokens":87,"total_tokens":123}}
        """;

    // ---------------------------------------------------------------- Anthropic Messages
    // docs.anthropic.com/en/docs/agents-and-tools/tool-use/implement-tool-use ("Handling tool use and tool results"):
    // stop_reason "tool_use", a text block then a tool_use block whose input is an object.

    public const string AnthropicCall = """
        {"id":"msg_01Aq9w938a90dw8q","model":"claude-sonnet-4-5","stop_reason":"tool_use","stop_sequence":null,
         "role":"assistant","type":"message",
         "content":[{"type":"text","text":"I'll check the current weather in Paris for you."},
                    {"type":"tool_use","id":"toolu_01A09q90qw90lq917835lq9","name":"get_weather","input":{"city":"Paris"}}],
         "usage":{"input_tokens":472,"output_tokens":89}}
        """;

    // The same page, "Parallel tool use": several tool_use blocks in one response; a thinking block with its signature
    // (extended thinking docs, "Preserving thinking blocks") must go back unchanged.
    public const string AnthropicParallelCalls = """
        {"id":"msg_2","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"tool_use",
         "content":[{"type":"thinking","thinking":"Two cities.","signature":"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"},
                    {"type":"tool_use","id":"toolu_a","name":"get_weather","input":{"city":"Paris"}},
                    {"type":"tool_use","id":"toolu_b","name":"get_weather","input":{"city":"Rome"}}],
         "usage":{"input_tokens":5,"output_tokens":6}}
        """;

    public const string AnthropicAnswer = """
        {"id":"msg_3","type":"message","role":"assistant","model":"claude-sonnet-4-5",
         "content":[{"type":"text","text":"It is 18.5 °C in Paris."}],"stop_reason":"end_turn","stop_sequence":null,
         "usage":{"input_tokens":12,"output_tokens":9}}
        """;

    // docs.anthropic.com/en/api/errors ("Error shapes").
    public const string AnthropicError = """{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}""";

    // ---------------------------------------------------------------- Gemini
    // ai.google.dev/gemini-api/docs/function-calling (REST: the candidate's parts hold functionCall {name, args}; no id) and
    // ai.google.dev/gemini-api/docs/thought-signatures (a part's thoughtSignature must be sent back unchanged).

    public const string GeminiCall = """
        {"candidates":[{"content":{"role":"model",
                                   "parts":[{"functionCall":{"name":"get_weather","args":{"city":"Paris"}},
                                             "thoughtSignature":"CiQBVKhc7oTJ8nHZ0VqCj0bPh5qSg=="}]},
                        "finishReason":"STOP","index":0}],
         "usageMetadata":{"promptTokenCount":71,"candidatesTokenCount":16,"totalTokenCount":87},
         "modelVersion":"gemini-2.5-flash","responseId":"abc"}
        """;

    // Parallel function calling: several functionCall parts; with ids (Gemini 3 sends them).
    public const string GeminiParallelCalls = """
        {"candidates":[{"content":{"role":"model",
                                   "parts":[{"text":"Checking both.","thought":true},
                                            {"functionCall":{"id":"g1","name":"get_weather","args":{"city":"Paris"}}},
                                            {"functionCall":{"id":"g2","name":"get_weather","args":{"city":"Rome"}}}]},
                        "finishReason":"STOP"}],
         "usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":6}}
        """;

    public const string GeminiAnswer = """
        {"candidates":[{"content":{"role":"model","parts":[{"text":"It is 18.5 °C in Paris."}]},"finishReason":"STOP","index":0}],
         "usageMetadata":{"promptTokenCount":90,"candidatesTokenCount":10,"totalTokenCount":100}}
        """;

    // ai.google.dev/api/generate-content: a blocked prompt has promptFeedback.blockReason and no candidates.
    public const string GeminiBlocked = """{"promptFeedback":{"blockReason":"SAFETY"},"usageMetadata":{"promptTokenCount":3}}""";

    // ai.google.dev/gemini-api/docs/troubleshooting: errors are {"error":{"code","message","status"}}.
    public const string GeminiError = """{"error":{"code":400,"message":"Invalid JSON payload received.","status":"INVALID_ARGUMENT"}}""";
}
