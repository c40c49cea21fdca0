using System;
using System.Collections.Generic;
using System.Globalization;

namespace ToolGen.Streaming;

/// <summary>
/// The ids of one turn's calls: ids the server gave are kept, a call without one gets <c>call_</c> and its position
/// in the turn (<c>call_0</c>, <c>call_1</c>…, as the non-streamed codec makes them, so reading a response streamed
/// or whole gives the same ids), with <c>_2</c>, <c>_3</c>… appended when the server itself used that id.
/// </summary>
internal sealed class CallIdTable
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>How many calls the turn completed.</summary>
    public int Count { get; private set; }

    /// <summary>Notes an id the server gave, so that no made-up id repeats it.</summary>
    public void Reserve(string? id)
    {
        if (!string.IsNullOrEmpty(id))
        {
            _taken.Add(id!);
        }
    }

    /// <summary>The id of the next completed call: the server's, or a made-up one.</summary>
    public string Assign(string? serverId)
    {
        var position = Count++;
        if (!string.IsNullOrEmpty(serverId))
        {
            _taken.Add(serverId!);
            return serverId!;
        }

        var id = "call_" + position.ToString(CultureInfo.InvariantCulture);
        var candidate = id;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = id + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
