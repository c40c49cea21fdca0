using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
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
}
