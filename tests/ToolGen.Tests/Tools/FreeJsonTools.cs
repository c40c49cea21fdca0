using System.Collections.Generic;
using System.Text.Json.Nodes;
using ToolGen;

namespace ToolGen.Tests.Tools;

public enum Channel
{
    Email,
    Sms,
}

/// <summary>Free JSON objects and arrays, and a map keyed by an enum.</summary>
public partial class FreeJsonTools
{
    /// <summary>Counts the keys of an object.</summary>
    /// <param name="data">Any object.</param>
    [Tool]
    public int Keys(JsonObject data) => data.Count;

    /// <summary>Counts the items of an array.</summary>
    /// <param name="items">Any array.</param>
    /// <param name="extra">Any object, or nothing.</param>
    [Tool]
    public int Items(JsonArray items, JsonObject? extra = null) => items.Count + (extra?.Count ?? 0);

    /// <summary>Sums the limits per channel.</summary>
    /// <param name="limits">A limit per channel.</param>
    [Tool]
    public int Limits(Dictionary<Channel, int> limits) => limits.Count;

    /// <summary>Echoes an object.</summary>
    [Tool]
    public JsonObject Echo() => new() { ["a"] = 1 };
}
