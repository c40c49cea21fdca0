using ToolGen;

namespace ToolGen.Tests.Tools;

/// <summary>A tool set others derive from.</summary>
public partial class CounterTools
{
    /// <summary>Counts to a number.</summary>
    /// <param name="to">The last number.</param>
    [Tool]
    public int Count(int to) => to;

    /// <summary>The instance's label, to show which object ran the tool.</summary>
    [Tool]
    public string Label() => GetType().Name;
}

/// <summary>A derived tool set: its own tools and its base's.</summary>
public partial class TimerTools : CounterTools
{
    /// <summary>Waits some seconds.</summary>
    /// <param name="seconds">How long.</param>
    [Tool]
    public string Wait(int seconds) => "waited " + seconds;
}

/// <summary>Two levels down.</summary>
public sealed partial class AlarmTools : TimerTools
{
    /// <summary>Rings.</summary>
    [Tool]
    public string Ring() => "ring";
}

/// <summary>A mutable struct holding tools: a tool's changes must reach the instance it was called on.</summary>
public partial struct TallyTools
{
    private int _total;

    /// <summary>Adds to the total.</summary>
    /// <param name="by">How much.</param>
    [Tool]
    public int Add(int by) => _total += by;
}
