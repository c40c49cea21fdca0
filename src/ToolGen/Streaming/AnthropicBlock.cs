using System.Text;

namespace ToolGen.Streaming;

/// <summary>The kinds of content block the Anthropic reader tells apart.</summary>
internal enum AnthropicBlockKind
{
    Other,
    Text,
    ToolUse,
    Thinking,
    RedactedThinking,
}

/// <summary>One content block of an Anthropic stream, from its <c>content_block_start</c> to its <c>content_block_stop</c>.</summary>
internal sealed class AnthropicBlock
{
    public int Index { get; set; }

    public AnthropicBlockKind Kind { get; set; }

    public StreamedCall Call { get; } = new();

    public bool HasFragments { get; set; }

    public bool Stopped { get; set; }

    public StringBuilder Text { get; } = new();

    public StringBuilder Signature { get; } = new();

    public string? Data { get; set; }
}
