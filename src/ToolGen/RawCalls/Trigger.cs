using System;

namespace ToolGen.RawCalls;

/// <summary>
/// Reads one construct that starts at a given index of <see cref="ParseState.Text"/>: returns the index after it,
/// <see cref="Trigger.NeedMore"/> when the text so far cannot decide it (only when the text is not final), or
/// <see cref="Trigger.NotACall"/> when it is ordinary text after all.
/// </summary>
internal delegate int ConstructReader(ParseState state, int start);

/// <summary>Where a construct may start: a marker, or a single character with a condition on what precedes it.</summary>
internal sealed class Trigger
{
    public const int NeedMore = -1;
    public const int NotACall = -2;

    public Trigger(string marker, RawToolCallFormat format, ConstructReader read, bool isCallMarker = true)
    {
        Marker = marker;
        Format = format;
        Read = read;
        IsCallMarker = isCallMarker;
    }

    public Trigger(char first, Func<string, int, bool> condition, RawToolCallFormat format, ConstructReader read)
    {
        Marker = first.ToString();
        Condition = condition;
        Format = format;
        Read = read;
        IsCallMarker = false;
    }

    public string Marker { get; }

    public char First => Marker[0];

    /// <summary>For single-character triggers: whether the character at the index may start a construct.</summary>
    public Func<string, int, bool>? Condition { get; }

    public RawToolCallFormat Format { get; }

    public ConstructReader Read { get; }

    /// <summary>Whether finding the marker inside reasoning is reported as a call in reasoning.</summary>
    public bool IsCallMarker { get; }

    public bool Matches(string text, int index) =>
        Condition is null
            ? index + Marker.Length <= text.Length && string.CompareOrdinal(text, index, Marker, 0, Marker.Length) == 0
            : text[index] == Marker[0] && Condition(text, index);

    /// <summary>Whether the text from <paramref name="index"/> to its end is a proper beginning of the marker.</summary>
    public bool IsCutAt(string text, int index)
    {
        var length = text.Length - index;
        return Condition is null && length < Marker.Length && string.CompareOrdinal(text, index, Marker, 0, length) == 0;
    }
}
