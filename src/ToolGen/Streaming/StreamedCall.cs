using System;

namespace ToolGen.Streaming;

/// <summary>
/// A tool call being assembled from a stream: its id, name and argument bytes (unescaped UTF-8, in a pooled buffer)
/// until the reader knows it is complete.
/// </summary>
internal sealed class StreamedCall
{
    private static readonly byte[] EmptyObject = { (byte)'{', (byte)'}' };

    /// <summary>The server's id, or <see langword="null"/> until one arrives.</summary>
    public string? Id { get; set; }

    /// <summary>The tool name, or <see langword="null"/> until it arrives.</summary>
    public string? Name { get; set; }

    /// <summary>The position the provider gave the call (<c>index</c>, <c>output_index</c>), when it gave one.</summary>
    public int? Index { get; set; }

    /// <summary>A second position routed to this call (a server that put the call's head and tail on different indexes).</summary>
    public int? AliasIndex { get; set; }

    /// <summary>The provider's item id (Responses <c>fc_…</c>), when it differs from the call id.</summary>
    public string? ItemId { get; set; }

    /// <summary>The argument bytes so far.</summary>
    public ByteBuffer Arguments { get; } = new();

    /// <summary>Whether the call was emitted: later fragments for it are either empty (ignored) or an error.</summary>
    public bool Emitted { get; set; }

    /// <summary>Whether this call answers to the given position.</summary>
    public bool HasIndex(int index) => Index == index || AliasIndex == index;

    /// <summary>
    /// The finished call: empty or whitespace arguments become <c>{}</c> (a call of a tool without parameters), so
    /// every call carries a JSON object the dispatcher can read.
    /// </summary>
    public ToolCall Build(string id)
    {
        Emitted = true;
        var arguments = Arguments.IsBlank() ? EmptyObject.AsMemory() : Arguments.Detach().AsMemory();
        Arguments.Clear();
        return new ToolCall(id, Name ?? string.Empty, arguments);
    }
}
