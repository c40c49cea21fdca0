namespace ToolGen.Streaming;

/// <summary>The tokens a request cost, as the server reported them (any of them may be missing).</summary>
public sealed class ChatUsage
{
    /// <summary>Creates a usage record.</summary>
    /// <param name="inputTokens">Tokens of the prompt (OpenAI <c>prompt_tokens</c>/<c>input_tokens</c>, Anthropic <c>input_tokens</c>, Gemini <c>promptTokenCount</c>).</param>
    /// <param name="outputTokens">Tokens generated (OpenAI <c>completion_tokens</c>/<c>output_tokens</c>, Anthropic <c>output_tokens</c>, Gemini <c>candidatesTokenCount</c>).</param>
    public ChatUsage(long? inputTokens, long? outputTokens)
    {
        InputTokens = inputTokens;
        OutputTokens = outputTokens;
    }

    /// <summary>Tokens of the prompt, when reported.</summary>
    public long? InputTokens { get; }

    /// <summary>Tokens generated, when reported.</summary>
    public long? OutputTokens { get; }

    /// <inheritdoc/>
    public override string ToString() => "in " + (InputTokens?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?")
        + ", out " + (OutputTokens?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?");
}
