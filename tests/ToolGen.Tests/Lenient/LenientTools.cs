using System.Text.Json.Nodes;
using ToolGen;

namespace ToolGen.Tests.Lenient;

/// <summary>A level, with a two-word member for separator styles.</summary>
public enum Level
{
    Low,
    Medium,
    High,
    VeryHigh,
}

/// <summary>Permissions, sent as arrays of names.</summary>
[Flags]
public enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
    ReadWrite = Read | Write,
    Execute = 4,
}

/// <summary>Where to ship.</summary>
public sealed class Address
{
    /// <summary>The city.</summary>
    public string City { get; set; } = "";

    /// <summary>The postcode, a number.</summary>
    public int Zip { get; set; }
}

/// <summary>One line of an order.</summary>
public sealed class Order
{
    /// <summary>What is ordered.</summary>
    public string Item { get; set; } = "";

    /// <summary>How many.</summary>
    public int Quantity { get; set; }

    /// <summary>The unit price.</summary>
    public double Price { get; set; }

    /// <summary>Whether to wrap it.</summary>
    public bool Gift { get; set; }

    /// <summary>How urgent.</summary>
    public Level Priority { get; set; }

    /// <summary>Sizes wanted.</summary>
    public List<int>? Sizes { get; set; }

    /// <summary>Where to ship.</summary>
    public Address? Ship { get; set; }

    /// <summary>Extra counts by name.</summary>
    public Dictionary<string, int>? Extras { get; set; }

    /// <summary>The properties that hold something other than their initial value, for a short echo.</summary>
    internal JsonObject Echo()
    {
        var echo = new JsonObject();
        if (Item.Length > 0)
        {
            echo["item"] = Item;
        }

        if (Quantity != 0)
        {
            echo["quantity"] = Quantity;
        }

        if (Price != 0)
        {
            echo["price"] = Price;
        }

        if (Gift)
        {
            echo["gift"] = true;
        }

        if (Priority != Level.Low)
        {
            echo["priority"] = Priority.ToString();
        }

        if (Sizes is not null)
        {
            echo["sizes"] = new JsonArray(Sizes.Select(s => (JsonNode?)s).ToArray());
        }

        if (Ship is not null)
        {
            echo["ship"] = new JsonObject { ["city"] = Ship.City, ["zip"] = Ship.Zip };
        }

        if (Extras is not null)
        {
            var extras = new JsonObject();
            foreach (var (key, count) in Extras)
            {
                extras[key] = count;
            }

            echo["extras"] = extras;
        }

        return echo;
    }
}

/// <summary>A tree, to nest values sent as strings inside each other.</summary>
public sealed class Node
{
    /// <summary>The children.</summary>
    public List<Node>? Kids { get; set; }
}

/// <summary>Two arguments, echoed.</summary>
public sealed class Pair
{
    /// <summary>A count.</summary>
    public int Count { get; set; }

    /// <summary>A label.</summary>
    public string Label { get; set; } = "";
}

/// <summary>Tools that echo one argument, so the lenient corpus can compare what was read with what was meant.</summary>
public partial class LenientTools
{
    /// <summary>Echoes an int.</summary>
    /// <param name="value">The value.</param>
    [Tool("int_value")]
    public int IntValue(int value) => value;

    /// <summary>Echoes a long.</summary>
    /// <param name="value">The value.</param>
    [Tool("long_value")]
    public long LongValue(long value) => value;

    /// <summary>Echoes a byte.</summary>
    /// <param name="value">The value.</param>
    [Tool("byte_value")]
    public byte ByteValue(byte value) => value;

    /// <summary>Echoes a short.</summary>
    /// <param name="value">The value.</param>
    [Tool("short_value")]
    public short ShortValue(short value) => value;

    /// <summary>Echoes a ulong.</summary>
    /// <param name="value">The value.</param>
    [Tool("ulong_value")]
    public ulong ULongValue(ulong value) => value;

    /// <summary>Echoes a double.</summary>
    /// <param name="value">The value.</param>
    [Tool("double_value")]
    public double DoubleValue(double value) => value;

    /// <summary>Echoes a float.</summary>
    /// <param name="value">The value.</param>
    [Tool("float_value")]
    public float FloatValue(float value) => value;

    /// <summary>Echoes a decimal.</summary>
    /// <param name="value">The value.</param>
    [Tool("decimal_value")]
    public decimal DecimalValue(decimal value) => value;

    /// <summary>Echoes a boolean.</summary>
    /// <param name="value">The value.</param>
    [Tool("bool_value")]
    public bool BoolValue(bool value) => value;

    /// <summary>Echoes a nullable int.</summary>
    /// <param name="value">The value.</param>
    [Tool("nullable_int")]
    public int? NullableInt(int? value) => value;

    /// <summary>Echoes a string, in an array so that the echo shows it is a string.</summary>
    /// <param name="value">The value.</param>
    [Tool("string_value")]
    public string[] StringValue(string value) => new[] { value };

    /// <summary>Echoes a level.</summary>
    /// <param name="value">The value.</param>
    [Tool("level_value")]
    public Level LevelValue(Level value) => value;

    /// <summary>Echoes permissions.</summary>
    /// <param name="value">The value.</param>
    [Tool("access_value")]
    public Access AccessValue(Access value) => value;

    /// <summary>Echoes a list of ints.</summary>
    /// <param name="value">The value.</param>
    [Tool("int_list")]
    public List<int> IntList(List<int> value) => value;

    /// <summary>Echoes a grid of ints.</summary>
    /// <param name="value">The value.</param>
    [Tool("int_grid")]
    public int[][] IntGrid(int[][] value) => value;

    /// <summary>Echoes a list of levels.</summary>
    /// <param name="value">The value.</param>
    [Tool("level_list")]
    public List<Level> LevelList(List<Level> value) => value;

    /// <summary>Echoes a list of booleans.</summary>
    /// <param name="value">The value.</param>
    [Tool("bool_list")]
    public bool[] BoolList(bool[] value) => value;

    /// <summary>Echoes a list of strings.</summary>
    /// <param name="value">The value.</param>
    [Tool("string_list")]
    public List<string> StringList(List<string> value) => value;

    /// <summary>Echoes a map of ints.</summary>
    /// <param name="value">The value.</param>
    [Tool("int_map")]
    public Dictionary<string, int> IntMap(Dictionary<string, int> value) => value;

    /// <summary>Echoes a map keyed by level.</summary>
    /// <param name="value">The value.</param>
    [Tool("level_map")]
    public Dictionary<Level, double> LevelMap(Dictionary<Level, double> value) => value;

    /// <summary>Echoes a map of lists.</summary>
    /// <param name="value">The value.</param>
    [Tool("list_map")]
    public Dictionary<string, List<int>> ListMap(Dictionary<string, List<int>> value) => value;

    /// <summary>Echoes an order.</summary>
    /// <param name="value">The value.</param>
    [Tool("order")]
    public JsonObject OrderValue(Order value) => value.Echo();

    /// <summary>Echoes a list of orders.</summary>
    /// <param name="value">The value.</param>
    [Tool("orders")]
    public JsonArray Orders(List<Order> value) => new(value.Select(o => (JsonNode?)o.Echo()).ToArray());

    /// <summary>Echoes a JSON object.</summary>
    /// <param name="value">The value.</param>
    [Tool("json_object")]
    public JsonObject JsonObjectValue(JsonObject value) => value;

    /// <summary>Counts the nodes along the first children.</summary>
    /// <param name="value">The tree.</param>
    [Tool("tree")]
    public int Tree(Node value)
    {
        var count = 1;
        for (var node = value; node.Kids is { Count: > 0 } kids; node = kids[0])
        {
            count++;
        }

        return count;
    }

    /// <summary>Echoes two arguments.</summary>
    /// <param name="count">A count.</param>
    /// <param name="label">A label.</param>
    [Tool("pair")]
    public Pair MakePair(int count, string label) => new() { Count = count, Label = label };
}
