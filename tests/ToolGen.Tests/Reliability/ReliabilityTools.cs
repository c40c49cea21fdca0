using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolGen;

namespace ToolGen.Tests.Reliability;

/// <summary>An email address that refuses text without an @, as a validating value type does.</summary>
public sealed class Email
{
    /// <summary>Creates the address.</summary>
    /// <param name="address">The address.</param>
    public Email(string address)
    {
        if (address.IndexOf('@') < 0)
        {
            throw new ArgumentException("An email address needs an @ (secret-token-123).", nameof(address));
        }

        Address = address;
    }

    /// <summary>The address.</summary>
    public string Address { get; }
}

/// <summary>A contact.</summary>
public sealed class Contact
{
    /// <summary>Creates a contact.</summary>
    /// <param name="name">The name.</param>
    /// <param name="email">The address.</param>
    public Contact(string name, Email email)
    {
        Name = name;
        Email = email;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The address.</summary>
    public Email Email { get; }
}

/// <summary>Limits whose setter refuses negative numbers.</summary>
public sealed class Quota
{
    private int _max;

    /// <summary>The largest number of items.</summary>
    public int Max
    {
        get => _max;
        set => _max = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Max must not be negative.");
    }
}

/// <summary>A code whose constructor throws a <see cref="ToolException"/> for a reserved value.</summary>
public sealed class Code
{
    /// <summary>Creates a code.</summary>
    /// <param name="value">The code.</param>
    public Code(string value)
    {
        if (value == "root")
        {
            throw new ToolException("The code \"root\" is reserved; pick another.");
        }

        Value = value;
    }

    /// <summary>The code.</summary>
    public string Value { get; }
}

/// <summary>A pair that refuses nulls and counts how often it is built.</summary>
public sealed class Pair
{
    private static int s_constructed;

    /// <summary>Creates a pair.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    public Pair(string left, string right)
    {
        Interlocked.Increment(ref s_constructed);
        Left = left ?? throw new ArgumentNullException(nameof(left));
        Right = right ?? throw new ArgumentNullException(nameof(right));
    }

    /// <summary>How many pairs were built so far.</summary>
    public static int Constructed => Volatile.Read(ref s_constructed);

    /// <summary>The left side.</summary>
    public string Left { get; }

    /// <summary>The right side.</summary>
    public string Right { get; }
}

/// <summary>A tag checked against a pattern that backtracks catastrophically (and has a backreference, so no engine avoids it).</summary>
public sealed class Tag
{
    /// <summary>The tag.</summary>
    [RegularExpression(@"^(a+)+\1$")]
    public string Name { get; set; } = "";
}

/// <summary>A cache service, optional for the tool that uses it.</summary>
public interface ICache
{
    /// <summary>A value.</summary>
    string Get();
}

/// <summary>A service provider whose factories throw.</summary>
public sealed class ThrowingServices : IServiceProvider
{
    /// <inheritdoc/>
    public object? GetService(Type serviceType) => throw new InvalidOperationException("The cache factory failed: connection string secret-token-123.");
}

/// <summary>Colors, with an alias.</summary>
public enum Shade
{
    /// <summary>Red.</summary>
    Red,

    /// <summary>Another name for red.</summary>
    Crimson = Red,

    /// <summary>Blue.</summary>
    Blue,
}

/// <summary>Tools for the reliability tests: nothing a model sends may escape InvokeAsync.</summary>
public partial class ReliabilityTools
{
    /// <summary>Adds a contact.</summary>
    /// <param name="contact">The contact.</param>
    [Tool]
    public string AddContact(Contact contact) => contact.Name + "|" + contact.Email.Address;

    /// <summary>Sets a quota.</summary>
    /// <param name="quota">The quota.</param>
    [Tool]
    public int SetQuota(Quota quota) => quota.Max;

    /// <summary>Reserves a code.</summary>
    /// <param name="code">The code.</param>
    [Tool]
    public string Reserve(Code code) => code.Value;

    /// <summary>Counts pairs.</summary>
    /// <param name="pairs">The pairs.</param>
    [Tool]
    public int CountPairs(List<Pair> pairs) => pairs.Count;

    /// <summary>Counts tags.</summary>
    /// <param name="tags">The tags.</param>
    [Tool]
    public int CountTags(List<Tag> tags) => tags.Count;

    /// <summary>Counts numbers.</summary>
    /// <param name="numbers">The numbers.</param>
    [Tool]
    public int CountNumbers(List<int> numbers) => numbers.Count;

    /// <summary>Reads the cache, when there is one.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cache">The cache.</param>
    [Tool]
    public string Cached(string key, [FromServices] ICache? cache = null) => key + "|" + (cache?.Get() ?? "no cache");

    /// <summary>Needs a cache.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cache">The cache.</param>
    [Tool]
    public string NeedsCache(string key, [FromServices] ICache cache) => key + "|" + cache.Get();

    /// <summary>Looks up a symbol.</summary>
    /// <param name="symbol">The symbol.</param>
    [Tool]
    public string Quote(string symbol) => symbol;

    /// <summary>Measures any JSON.</summary>
    /// <param name="data">Any JSON value.</param>
    [Tool]
    public int Measure(JsonElement data) => data.GetRawText().Length;

    /// <summary>Measures any JSON node.</summary>
    /// <param name="node">Any JSON value but null.</param>
    [Tool]
    public int MeasureNode(JsonNode node) => node.ToJsonString().Length;

    /// <summary>Squares a number.</summary>
    /// <param name="n">The number.</param>
    /// <param name="label">A label.</param>
    [Tool]
    public string Square(int n, string label = "") => label + (n * n).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Counts tags by name.</summary>
    /// <param name="tags">Counts.</param>
    [Tool]
    public int Tally(Dictionary<string, int> tags) => tags.Count;

    /// <summary>Sets a level.</summary>
    /// <param name="level">The level.</param>
    [Tool]
    public int SetLevel([Range(1, 10)] int level) => level;

    /// <summary>Counts shades.</summary>
    /// <param name="shades">Counts.</param>
    [Tool]
    public int Shades(Dictionary<Shade, int> shades) => shades.Count;
}
