using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ToolGen;

namespace ToolGen.Extensions.AI.Tests;

/// <summary>A shade.</summary>
public enum Shade
{
    Red,
    Green,
    Blue,
}

/// <summary>A point on a grid.</summary>
/// <param name="X">Column.</param>
/// <param name="Y">Row.</param>
public sealed record GridPoint(int X, int Y);

/// <summary>A route.</summary>
/// <param name="Stops">Its stops, in order.</param>
/// <param name="Note">A note, if any.</param>
public sealed record Route(List<GridPoint> Stops, string? Note);

/// <summary>
/// The equivalence corpus: each method is a ToolGen tool (XML docs) and carries the same texts as
/// <see cref="DescriptionAttribute"/>s, so that <c>AIFunctionFactory.Create</c> sees the same names and descriptions.
/// </summary>
public partial class CorpusTools
{
    /// <summary>Echoes a text.</summary>
    /// <param name="text">The text.</param>
    [Tool]
    [Description("Echoes a text.")]
    public string Echo([Description("The text.")] string text) => text;

    /// <summary>Multiplies two integers.</summary>
    /// <param name="a">The first.</param>
    /// <param name="b">The second, 1 to 10.</param>
    [Tool]
    [Description("Multiplies two integers.")]
    public int Multiply([Description("The first.")] int a, [Description("The second, 1 to 10.")][Range(1, 10)] int b = 2) => a * b;

    /// <summary>Names a shade.</summary>
    /// <param name="shade">The shade.</param>
    /// <param name="upper">Whether to shout.</param>
    [Tool]
    [Description("Names a shade.")]
    public string NameShade([Description("The shade.")] Shade shade, [Description("Whether to shout.")] bool upper = false) =>
        upper ? shade.ToString().ToUpperInvariant() : shade.ToString();

    /// <summary>Moves a point.</summary>
    /// <param name="point">The point.</param>
    /// <param name="dx">Columns to move.</param>
    [Tool]
    [Description("Moves a point.")]
    public GridPoint Move([Description("The point.")] GridPoint point, [Description("Columns to move.")] int dx) => point with { X = point.X + dx };

    /// <summary>Joins words.</summary>
    /// <param name="words">The words.</param>
    [Tool]
    [Description("Joins words.")]
    public string Join([Description("The words.")] List<string> words) => string.Join(" ", words);

    /// <summary>Greets someone.</summary>
    /// <param name="name">Who.</param>
    /// <param name="age">Their age, if known.</param>
    [Tool]
    [Description("Greets someone.")]
    public string Greet([Description("Who.")] string name, [Description("Their age, if known.")] int? age = null) =>
        age is null ? "Hello, " + name + "." : "Hello, " + name + " (" + age.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ").";

    /// <summary>Describes a meeting.</summary>
    /// <param name="day">The day.</param>
    /// <param name="start">When it starts.</param>
    /// <param name="length">How long it lasts.</param>
    [Tool]
    [Description("Describes a meeting.")]
    public string DescribeMeeting([Description("The day.")] DateOnly day, [Description("When it starts.")] DateTime start, [Description("How long it lasts.")] TimeSpan length) =>
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + start.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + length.TotalMinutes.ToString(CultureInfo.InvariantCulture);

    /// <summary>Files a link under an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="link">The link.</param>
    [Tool]
    [Description("Files a link under an id.")]
    public string FileLink([Description("The id.")] Guid id, [Description("The link.")] Uri link) =>
        id.ToString("N") + " " + link.Host;

    /// <summary>Adds up counts by name.</summary>
    /// <param name="counts">Counts by name.</param>
    [Tool]
    [Description("Adds up counts by name.")]
    public int Tally([Description("Counts by name.")] Dictionary<string, int> counts) => counts.Values.Sum();

    /// <summary>Averages numbers.</summary>
    /// <param name="values">The numbers.</param>
    [Tool]
    [Description("Averages numbers.")]
    public double Average([Description("The numbers.")] int[] values) => values.Length == 0 ? 0 : values.Average();

    /// <summary>Lists shades from one on.</summary>
    /// <param name="first">The first shade.</param>
    /// <param name="count">How many.</param>
    /// <param name="label">A label, if any.</param>
    [Tool]
    [Description("Lists shades from one on.")]
    public List<Shade> ListShades([Description("The first shade.")] Shade first = Shade.Green, [Description("How many.")] int count = 2, [Description("A label, if any.")] string? label = null) =>
        Enumerable.Range((int)first, Math.Min(count, 3 - (int)first)).Select(i => (Shade)i).ToList();

    /// <summary>Finds a route.</summary>
    /// <param name="route">The route.</param>
    [Tool]
    [Description("Finds a route.")]
    public int CountStops([Description("The route.")] Route route) => route.Stops.Count + (route.Note is null ? 0 : 1);

    /// <summary>Looks a key up.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    [Tool]
    [Description("Looks a key up.")]
    public async Task<string> LookupAsync([Description("The key.")] string key, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        return "value of " + key;
    }

    /// <summary>Greets with the host's greeting.</summary>
    /// <param name="name">Who.</param>
    /// <param name="services">The host's services.</param>
    [Tool]
    [Description("Greets with the host's greeting.")]
    public string HostGreet([Description("Who.")] string name, IServiceProvider services) =>
        services.GetService(typeof(IGreeting)) is IGreeting greeting ? greeting.Greet(name) : "no greeting";
}
