using System.Globalization;

namespace ToolGen.RawCalls;

/// <summary>One thing the reader of raw tool calls had to tolerate: what, where, and the details.</summary>
public sealed class RawToolCallEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="position">Where in the text, as a UTF-16 index.</param>
    /// <param name="detail">Details for a person: the tool name, the text skipped, the parser's complaint.</param>
    public RawToolCallEvent(RawToolCallEventKind kind, int position, string detail)
    {
        Kind = kind;
        Position = position;
        Detail = detail ?? string.Empty;
    }

    /// <summary>What happened.</summary>
    public RawToolCallEventKind Kind { get; }

    /// <summary>Where in the text, as a UTF-16 index into the text that was read.</summary>
    public int Position { get; }

    /// <summary>Details for a person: the tool name, the text skipped, the parser's complaint.</summary>
    public string Detail { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind.ToString() + " at " + Position.ToString(CultureInfo.InvariantCulture) + ": " + Detail;
}
