using ToolGen;

namespace ToolGen.ModelContextProtocol.Tests;

/// <summary>A point on a map.</summary>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
public sealed record Point(double Lat, double Lon);

public interface ICounter
{
    int Next();
}

public sealed class Counter : ICounter
{
    private int _value;

    public int Next() => Interlocked.Increment(ref _value);
}

/// <summary>Tools served over MCP in the tests.</summary>
public partial class MapTools
{
    /// <summary>Finds a city on the map.</summary>
    /// <param name="city">The city name.</param>
    [Tool(Title = "Find a city", ReadOnly = true, OpenWorld = false)]
    public Point Locate(string city) =>
        city == "Paris" ? new Point(48.8566, 2.3522) : throw new ToolException("Unknown city \"" + city + "\".");

    /// <summary>Adds two integers.</summary>
    /// <param name="a">The first.</param>
    /// <param name="b">The second.</param>
    [Tool]
    public int Add(int a, int b) => a + b;

    /// <summary>Lists the first n squares.</summary>
    /// <param name="n">How many, 1 to 10.</param>
    [Tool]
    public List<int> Squares([System.ComponentModel.DataAnnotations.Range(1, 10)] int n) =>
        Enumerable.Range(1, n).Select(i => i * i).ToList();

    /// <summary>Says hello.</summary>
    /// <param name="name">Who to greet.</param>
    [Tool]
    public string Hello(string name = "world") => "Hello, " + name + "!";

    /// <summary>Forgets a city.</summary>
    /// <param name="city">The city name.</param>
    [Tool(RequiresApproval = true)]
    public string Forget(string city) => "Forgot " + city + ".";

    /// <summary>Renames a city.</summary>
    /// <param name="city">The city name.</param>
    /// <param name="name">The new name.</param>
    [Tool(RequiresApproval = true, Destructive = false, Idempotent = true)]
    public string Rename(string city, string name) => city + " is now " + name + ".";

    /// <summary>Counts calls with the host's counter.</summary>
    /// <param name="counter">From the host.</param>
    [Tool]
    public int Count([FromServices] ICounter counter) => counter.Next();
}
