namespace ToolGen.Streaming;

/// <summary>
/// A thinking block of an Anthropic response, as streamed: with extended thinking and tool use, the assistant
/// message sent back must hold these blocks unchanged (thinking text and signature, or the redacted data).
/// </summary>
public sealed class AnthropicThinkingBlock
{
    /// <summary>Creates a block.</summary>
    /// <param name="thinking">The thinking text (empty for a redacted block).</param>
    /// <param name="signature">The signature the server streamed for the block; empty when none.</param>
    /// <param name="redactedData">The <c>data</c> of a <c>redacted_thinking</c> block; <see langword="null"/> for a <c>thinking</c> block.</param>
    public AnthropicThinkingBlock(string thinking, string signature, string? redactedData)
    {
        Thinking = thinking ?? string.Empty;
        Signature = signature ?? string.Empty;
        RedactedData = redactedData;
    }

    /// <summary>The thinking text (empty for a redacted block).</summary>
    public string Thinking { get; }

    /// <summary>The block's signature (<c>signature_delta</c>), to send back unchanged; empty when none came.</summary>
    public string Signature { get; }

    /// <summary>The opaque <c>data</c> of a <c>redacted_thinking</c> block; <see langword="null"/> for a <c>thinking</c> block.</summary>
    public string? RedactedData { get; }

    /// <summary>Whether this is a <c>redacted_thinking</c> block.</summary>
    public bool IsRedacted => RedactedData is not null;
}
