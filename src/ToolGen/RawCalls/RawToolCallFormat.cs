namespace ToolGen.RawCalls;

/// <summary>
/// The text formats in which open-weight models write tool calls, when the server did not turn them into
/// <c>tool_calls</c>. Each is read as its model's chat template writes it and as the serving projects' parsers
/// (vLLM's <c>--tool-call-parser</c>, SGLang, llama.cpp) accept it.
/// </summary>
public enum RawToolCallFormat
{
    /// <summary>Detects the format from the markers found in the text; several formats may appear in one text.</summary>
    Auto = 0,

    /// <summary>
    /// Hermes, Qwen 2.5 and Qwen 3: <c>&lt;tool_call&gt;{"name": …, "arguments": {…}}&lt;/tool_call&gt;</c>, one block per
    /// call (vLLM <c>hermes</c>). A block whose body is a JSON array (Granite 3.0) holds several calls.
    /// </summary>
    Hermes,

    /// <summary>
    /// Llama 3.1, 3.2 and 3.3: <c>{"name": …, "parameters": {…}}</c> (or <c>"arguments"</c>), optionally after
    /// <c>&lt;|python_tag|&gt;</c>, several separated by <c>;</c> (vLLM <c>llama3_json</c>), and the built-in tools form
    /// <c>&lt;|python_tag|&gt;brave_search.call(query="…")</c>.
    /// </summary>
    Llama3Json,

    /// <summary>
    /// Mistral: <c>[TOOL_CALLS] [{"name": …, "arguments": {…}}]</c>, and since the v11 tokenizers
    /// <c>[TOOL_CALLS]name{…}</c> (also with <c>[CALL_ID]</c> and <c>[ARGS]</c>); ids are 9 alphanumerics.
    /// </summary>
    Mistral,

    /// <summary>
    /// Pythonic calls: <c>[get_weather(city="Paris"), get_time()]</c> with Python literals (vLLM <c>pythonic</c>),
    /// Llama 4's <c>&lt;|python_start|&gt;…&lt;|python_end|&gt;</c> and Olmo 3's <c>&lt;function_calls&gt;…&lt;/function_calls&gt;</c>.
    /// </summary>
    Pythonic,

    /// <summary>
    /// Qwen3-Coder XML: <c>&lt;tool_call&gt;&lt;function=name&gt;&lt;parameter=x&gt;…&lt;/parameter&gt;&lt;/function&gt;&lt;/tool_call&gt;</c>,
    /// values typed by the tool's schema (vLLM <c>qwen3_coder</c> / <c>qwen3_xml</c>).
    /// </summary>
    Qwen3Coder,

    /// <summary>
    /// DeepSeek V3 (<c>&lt;｜tool▁call▁begin｜&gt;function&lt;｜tool▁sep｜&gt;name</c> and a fenced JSON block) and V3.1
    /// (<c>&lt;｜tool▁call▁begin｜&gt;name&lt;｜tool▁sep｜&gt;{…}</c>), inside <c>&lt;｜tool▁calls▁begin｜&gt;…&lt;｜tool▁calls▁end｜&gt;</c>.
    /// </summary>
    DeepSeek,

    /// <summary>IBM Granite 3.1 and later: <c>&lt;|tool_call|&gt;[{"name": …, "arguments": {…}}]</c> (vLLM <c>granite</c>).</summary>
    Granite,

    /// <summary>InternLM 2.5: <c>&lt;|action_start|&gt;&lt;|plugin|&gt;{"name": …, "parameters": {…}}&lt;|action_end|&gt;</c> (vLLM <c>internlm</c>).</summary>
    InternLM,

    /// <summary>AI21 Jamba: <c>&lt;tool_calls&gt;[{"name": …, "arguments": {…}}]&lt;/tool_calls&gt;</c> (vLLM <c>jamba</c>).</summary>
    Jamba,

    /// <summary>
    /// gpt-oss harmony: <c>&lt;|channel|&gt;commentary to=functions.name &lt;|constrain|&gt;json&lt;|message|&gt;{…}&lt;|call|&gt;</c>;
    /// the <c>analysis</c> channel is reasoning, <c>final</c> is content.
    /// </summary>
    Harmony,

    /// <summary>
    /// FunctionGemma: <c>&lt;start_function_call&gt;call:name{key:&lt;escape&gt;value&lt;escape&gt;,n:1}&lt;end_function_call&gt;</c>, and the
    /// same grammar between <c>&lt;|tool_call&gt;</c> and <c>&lt;tool_call|&gt;</c> with <c>&lt;|"|&gt;</c> around strings (Gemma 4).
    /// </summary>
    Gemma,

    /// <summary>
    /// GLM 4.5 and later: <c>&lt;tool_call&gt;name\n&lt;arg_key&gt;k&lt;/arg_key&gt;\n&lt;arg_value&gt;v&lt;/arg_value&gt;\n&lt;/tool_call&gt;</c>
    /// (vLLM <c>glm45</c>), values typed by the tool's schema.
    /// </summary>
    Glm45,

    /// <summary>
    /// Kimi K2: <c>&lt;|tool_calls_section_begin|&gt;&lt;|tool_call_begin|&gt;functions.name:0&lt;|tool_call_argument_begin|&gt;{…}&lt;|tool_call_end|&gt;&lt;|tool_calls_section_end|&gt;</c>;
    /// the call id is the text's <c>functions.name:0</c> (vLLM <c>kimi_k2</c>).
    /// </summary>
    KimiK2,
}
