using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace ToolGen.Tests.Fuzz;

/// <summary>How a plausible payload is broken before it is sent.</summary>
public enum Mutation
{
    None,
    Truncate,
    FlipByte,
    InvalidUtf8,
    LoneSurrogate,
    WrongType,
    NullValue,
    DuplicateKey,
    DeepNesting,
    HugeNumber,
    UnknownProperty,
    RandomJson,
    RandomBytes,

    /// <summary>One value sent as a string holding its JSON (what lenient mode reads as meant).</summary>
    Stringify,

    /// <summary>The arguments in a markdown code fence, with stray text after it.</summary>
    Fence,
}

/// <summary>
/// One fuzz case: which tool, which plausible payload (a seed for <see cref="SchemaPayloads"/>), how it is broken, two
/// numbers the mutation uses for positions and choices, and whether the call is strict and lenient. All integers, so
/// CsCheck shrinks a failing case towards the smallest tool index, seed and positions.
/// </summary>
public sealed record FuzzCase(int Tool, int Seed, Mutation Kind, int A, int B, bool Strict, bool Lenient = false)
{
    /// <summary>Every case over a corpus of <paramref name="tools"/> tools.</summary>
    public static Gen<FuzzCase> Gen(int tools) =>
        CsCheck.Gen.Select(
            CsCheck.Gen.Int[0, tools - 1],
            CsCheck.Gen.Int[0, 1_000_000],
            CsCheck.Gen.Enum<Mutation>(),
            CsCheck.Gen.Int[0, int.MaxValue],
            CsCheck.Gen.Int[0, int.MaxValue],
            CsCheck.Gen.Int[0, 3],
            (tool, seed, kind, a, b, mode) => new FuzzCase(tool, seed, kind, a, b, (mode & 1) != 0, (mode & 2) != 0));

    /// <summary>The bytes sent as the call's arguments.</summary>
    public byte[] Arguments(ToolDefinition tool)
    {
        var random = new Random(Seed);
        using var schema = System.Text.Json.JsonDocument.Parse(Strict && tool.StrictParametersSchema is { } strict ? strict : tool.ParametersSchema);
        var payload = SchemaPayloads.Value(schema.RootElement, schema.RootElement, random) ?? new JsonObject();
        return Kind switch
        {
            Mutation.None => Bytes(payload),
            Mutation.Truncate => Truncate(Bytes(payload)),
            Mutation.FlipByte => Flip(Bytes(payload)),
            Mutation.InvalidUtf8 => InsertInvalidUtf8(Bytes(payload)),
            Mutation.LoneSurrogate => Replace(payload, "\"\\ud800\""),
            Mutation.WrongType => Replace(payload, WrongValues[B % WrongValues.Length]),
            Mutation.NullValue => Replace(payload, "null"),
            Mutation.DuplicateKey => DuplicateKey(payload),
            Mutation.DeepNesting => Replace(payload, Nested(50 + (B % 2000))),
            Mutation.HugeNumber => Replace(payload, HugeNumbers[B % HugeNumbers.Length]),
            Mutation.UnknownProperty => Bytes(AddUnknown(payload)),
            Mutation.RandomJson => Encoding.UTF8.GetBytes(RandomJson(new Random(A), 0)),
            Mutation.Stringify => Stringify(payload),
            Mutation.Fence => Encoding.UTF8.GetBytes("```json\n" + payload.ToJsonString() + "\n```" + (B % 2 == 0 ? string.Empty : " done")),
            _ => RandomBytes(),
        };
    }

    private static readonly string[] WrongValues = { "\"text\"", "42", "-1.5", "true", "[]", "[1,\"a\"]", "{}", "{\"a\":{}}", "\"\"", "0" };

    private static readonly string[] HugeNumbers =
    {
        "1e400", "-1e400", "123456789012345678901234567890", "-0", "1.0", "2.5e-324", "18446744073709551616",
        "9223372036854775808", "-9223372036854775809", "79228162514264337593543950336", "1E+2", "0.0000000000000000000001",
    };

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private byte[] Truncate(byte[] bytes) => bytes.Take(bytes.Length == 0 ? 0 : A % bytes.Length).ToArray();

    private byte[] Flip(byte[] bytes)
    {
        if (bytes.Length > 0)
        {
            bytes[A % bytes.Length] = (byte)B;
        }

        return bytes;
    }

    private byte[] InsertInvalidUtf8(byte[] bytes)
    {
        byte[][] invalid = { new byte[] { 0xFF }, new byte[] { 0xC3, 0x28 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xC0, 0xAF } };
        var at = bytes.Length == 0 ? 0 : A % bytes.Length;
        return bytes.Take(at).Concat(invalid[B % invalid.Length]).Concat(bytes.Skip(at)).ToArray();
    }

    /// <summary>
    /// Replaces one value of the payload, chosen by <see cref="A"/>, with the raw JSON text <paramref name="json"/>, which
    /// need not be anything a JSON library would build (a lone surrogate, 2,000 levels of nesting).
    /// </summary>
    private byte[] Replace(JsonNode payload, string json)
    {
        const string Slot = "__fuzz_slot__";
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(payload, slots);
        if (slots.Count == 0)
        {
            return Encoding.UTF8.GetBytes(json);
        }

        var (parent, key) = slots[A % slots.Count];
        if (parent is JsonObject obj)
        {
            obj[(string)key] = Slot;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = Slot;
        }

        return Encoding.UTF8.GetBytes(payload.ToJsonString().Replace("\"" + Slot + "\"", json, StringComparison.Ordinal));
    }

    /// <summary>Replaces one value, chosen by <see cref="A"/>, with a string holding its JSON text.</summary>
    private byte[] Stringify(JsonNode payload)
    {
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(payload, slots);
        if (slots.Count == 0)
        {
            return Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(payload.ToJsonString(), FuzzJson.Default.String));
        }

        var (parent, key) = slots[A % slots.Count];
        if (parent is JsonObject obj)
        {
            obj[(string)key] = JsonValue.Create(obj[(string)key]?.ToJsonString() ?? "null");
        }
        else
        {
            var array = (JsonArray)parent;
            array[(int)key] = JsonValue.Create(array[(int)key]?.ToJsonString() ?? "null");
        }

        return Bytes(payload);
    }

    private static void Collect(JsonNode? node, List<(JsonNode Parent, object Key)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    slots.Add((obj, key));
                    Collect(value, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, i));
                    Collect(array[i], slots);
                }

                break;
        }
    }

    private byte[] DuplicateKey(JsonNode payload)
    {
        var json = payload.ToJsonString();
        if (payload is not JsonObject { Count: > 0 } obj)
        {
            return Encoding.UTF8.GetBytes(json);
        }

        var (key, value) = obj.ElementAt(A % obj.Count);
        var extra = "," + System.Text.Json.JsonSerializer.Serialize(key, FuzzJson.Default.String) + ":" + (B % 2 == 0 ? value?.ToJsonString() ?? "null" : "\"other\"");
        return Encoding.UTF8.GetBytes(json.Insert(json.Length - 1, extra));
    }

    private JsonNode AddUnknown(JsonNode payload)
    {
        if (payload is JsonObject obj)
        {
            // Sometimes a known name in another case, which strict calls must refuse and the message should point at.
            var name = obj.Count > 0 && B % 2 == 0 ? obj.ElementAt(A % obj.Count).Key.ToUpperInvariant() + "_" : "extra" + (A % 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            obj[name] = JsonValue.Create(B % 100);
        }

        return payload;
    }

    private static string Nested(int depth) => new string('[', depth) + "1" + new string(']', depth);

    private static string RandomJson(Random random, int depth) => random.Next(depth > 3 ? 4 : 7) switch
    {
        0 => "null",
        1 => random.Next(2) == 0 ? "true" : "false",
        2 => (random.NextDouble() * 1e6 - 5e5).ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        3 => "\"" + new string((char)('a' + random.Next(26)), random.Next(5)) + "\"",
        4 => "[" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth + 1))) + "]",
        _ => "{" + string.Join(",", Enumerable.Range(0, random.Next(4)).Select(i => "\"k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\":" + RandomJson(random, depth + 1))) + "}",
    };

    private byte[] RandomBytes()
    {
        var random = new Random(A);
        var bytes = new byte[B % 64];
        random.NextBytes(bytes);
        return bytes;
    }
}

/// <summary>Source-generated JSON for the few strings the fuzzer writes itself.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class FuzzJson : System.Text.Json.Serialization.JsonSerializerContext
{
}
