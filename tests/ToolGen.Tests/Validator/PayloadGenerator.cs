using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ToolGen.Tests.Validator;

/// <summary>
/// Makes argument payloads from a tool's schema (not from its C# types): valid ones, and invalid ones with one
/// mutation somewhere in the tree. Every choice that a schema and a C# reader might judge differently (an integer
/// written <c>2.0</c>, an enum name in another case, a date-time without an offset…) is a named tag of the payload,
/// so that a difference rule can name what it is about. Deterministic for a given <see cref="Random"/> seed.
/// Payloads are well-formed JSON without duplicate keys: a validator judges values, not text.
/// </summary>
internal sealed class PayloadGenerator(JsonElement root, Random rng, bool strict)
{
    private const int MaxDepth = 5;

    private readonly SortedSet<string> _tags = new(StringComparer.Ordinal);
    private int _mutationsLeft;

    /// <summary>One payload. <paramref name="invalid"/> asks for exactly one mutation (the payload may still be valid).</summary>
    public (string Json, string[] Tags) Next(bool invalid)
    {
        for (var attempt = 0; ; attempt++)
        {
            _tags.Clear();
            _mutationsLeft = invalid ? 1 : 0;
            var json = Value(root, 0, optional: false, mutationChance: invalid ? 0.3 : 0);
            if (_mutationsLeft == 0 || attempt == 8)
            {
                if (_mutationsLeft > 0)
                {
                    // Nothing in the tree took a mutation: break the root instead.
                    _tags.Add("mutation:root-not-object");
                    json = Pick("[]", "null", "\"x\"", "1", "[" + json + "]");
                }

                return (json, _tags.ToArray());
            }
        }
    }

    // ------------------------------------------------------------------ dispatch on the schema

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference))
        {
            var path = reference.GetString()!;
            if (!path.StartsWith("#/", StringComparison.Ordinal))
            {
                throw new NotSupportedException("reference " + path);
            }

            var target = root;
            foreach (var segment in path[2..].Split('/'))
            {
                target = target.GetProperty(segment.Replace("~1", "/").Replace("~0", "~"));
            }

            schema = target;
        }

        return schema;
    }

    private static string[] Types(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return Array.Empty<string>();
        }

        return type.ValueKind == JsonValueKind.String
            ? new[] { type.GetString()! }
            : type.EnumerateArray().Select(t => t.GetString()!).ToArray();
    }

    private string Value(JsonElement schema, int depth, bool optional, double mutationChance)
    {
        schema = Resolve(schema);
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("anyOf", out var branches))
        {
            var all = branches.EnumerateArray().ToArray();
            return Value(all[rng.Next(all.Length)], depth, optional, mutationChance);
        }

        var types = Types(schema);
        var isLeaf = types.All(t => t is not ("object" or "array")) || types.Length == 0;
        if (_mutationsLeft > 0 && rng.NextDouble() < (isLeaf ? Math.Max(mutationChance, 0.5) : mutationChance))
        {
            if (Mutate(schema, types, depth, optional) is { } mutated)
            {
                _mutationsLeft--;
                return mutated;
            }
        }

        var nullable = types.Contains("null");
        if (nullable && types.Length > 1 && rng.NextDouble() < 0.2)
        {
            return "null";
        }

        if (!strict && optional && !nullable && rng.NextDouble() < 0.06)
        {
            _tags.Add("null-for-optional");
            return "null";
        }

        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var members))
        {
            return EnumValue(members);
        }

        var nonNull = types.Where(t => t != "null").ToArray();
        if (nonNull.Length == 0)
        {
            return types.Length == 0 ? AnyJson(depth) : "null";
        }

        return nonNull[rng.Next(nonNull.Length)] switch
        {
            "string" => StringValue(schema),
            "integer" => IntegerValue(schema),
            "number" => NumberValue(schema),
            "boolean" => rng.Next(2) == 0 ? "true" : "false",
            "array" => ArrayValue(schema, depth),
            "object" => ObjectValue(schema, depth),
            var other => throw new NotSupportedException("type " + other),
        };
    }

    private string EnumValue(JsonElement members)
    {
        var all = members.EnumerateArray().Where(m => m.ValueKind != JsonValueKind.Null).ToArray();
        var member = all[rng.Next(all.Length)];
        if (member.ValueKind == JsonValueKind.String && rng.NextDouble() < 0.08)
        {
            var name = member.GetString()!;
            var variant = rng.Next(2) == 0 ? name.ToLowerInvariant() : name.ToUpperInvariant();
            if (variant != name)
            {
                _tags.Add("enum-case");
                return Quote(variant);
            }
        }

        if (member.ValueKind == JsonValueKind.Number && rng.NextDouble() < 0.15)
        {
            _tags.Add("int-zero-fraction");
            return member.GetRawText() + ".0";
        }

        return member.GetRawText();
    }

    // ------------------------------------------------------------------ strings

    private static readonly string[] s_alphabet =
    {
        "a", "b", "z", "A", "Q", "0", "7", "-", "_", " ", ".", "é", "ß", "中", "\"", "\\", "/", "\n", "\t", "\u0001", "€",
    };

    private const string Astral = "😀";

    private string RandomText(int minLength, int maxLength)
    {
        var length = minLength + rng.Next(Math.Max(1, Math.Min(maxLength, minLength + 12) - minLength + 1));
        var builder = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (rng.NextDouble() < 0.02)
            {
                _tags.Add("string-astral");
                builder.Append(Astral);
            }
            else
            {
                builder.Append(s_alphabet[rng.Next(s_alphabet.Length)]);
            }
        }

        return builder.ToString();
    }

    private static int CodePoints(string s) => s.EnumerateRunes().Count();

    private string StringValue(JsonElement schema)
    {
        var denied = Denied(schema);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            string text;
            if (schema.TryGetProperty("format", out var format))
            {
                var entry = Formats.Valid(format.GetString()!, rng);
                if (entry.Tag is not null)
                {
                    _tags.Add("format:" + format.GetString() + ":" + entry.Tag);
                }

                text = entry.Text;
            }
            else if (schema.TryGetProperty("pattern", out var pattern))
            {
                var regex = new Regex(pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(5));
                var matching = PatternCandidates.Where(c => regex.IsMatch(c)).ToArray();
                if (matching.Length == 0)
                {
                    throw new InvalidOperationException($"No candidate string matches the pattern {pattern.GetString()}: add one to PatternCandidates.");
                }

                text = matching[rng.Next(matching.Length)];
            }
            else
            {
                var min = schema.TryGetProperty("minLength", out var m) ? m.GetInt32() : 0;
                var max = schema.TryGetProperty("maxLength", out var x) ? x.GetInt32() : min + 12;
                text = RandomText(min, max);
            }

            if (!denied.Contains(text))
            {
                return Quote(text);
            }
        }

        return Quote("fallback");
    }

    private static HashSet<string> Denied(JsonElement schema) =>
        schema.TryGetProperty("not", out var not) && not.TryGetProperty("enum", out var deniedValues)
            ? deniedValues.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    private static readonly string[] PatternCandidates =
    {
        "abc-123", "a-1", "zz-0", "ABC", "XYZ", "QQQ", "abc", "Abc-1", "abc-", "-1", "ab-12x", "AB", "ABCD", "abc-123\n", "x abc-1", "ABC ", "", "é-1", "aBC",
        // The patterns ToolGen writes for DateTime and TimeOnly (docs/schema-semantics.md), and near misses.
        "14:30", "14:30:00", "9:05:07.1234567", "23:59:59.5", "14:30:00Z", "24:00", "2024-05-01T10:00:00", "2024-05-01t10:00:00z",
        "2024-05-01T10:00:00.25+02:00", "2024-05-01", "2024-05-01T10:00", "2024-05-01 10:00:00Z",
    };

    // ------------------------------------------------------------------ numbers

    private static decimal? Bound(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var bound) ? bound.GetDecimal() : null;

    private string IntegerValue(JsonElement schema)
    {
        var min = Bound(schema, "minimum") ?? (Bound(schema, "exclusiveMinimum") is { } em ? em + 1 : null);
        var max = Bound(schema, "maximum") ?? (Bound(schema, "exclusiveMaximum") is { } eM ? eM - 1 : null);
        decimal value;
        if (min is null && max is null && rng.NextDouble() < 0.08)
        {
            _tags.Add("int-large");
            value = Pick(2147483648m, -2147483649m, 9223372036854775808m, 18446744073709551616m, 100000000000000000000m);
        }
        else
        {
            var lo = min ?? Math.Min(-1000m, (max ?? 0) - 1000);
            var hi = max ?? Math.Max(1000m, (min ?? 0) + 1000);
            value = rng.NextDouble() < 0.3 ? (rng.Next(2) == 0 ? lo : hi) : lo + Math.Floor((decimal)rng.NextDouble() * (hi - lo + 1));
            value = Math.Min(hi, Math.Max(lo, value));
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        var roll = rng.NextDouble();
        if (roll < 0.05)
        {
            _tags.Add("int-zero-fraction");
            return text + ".0";
        }

        if (roll < 0.08)
        {
            _tags.Add("int-exponent");
            return text + "e0";
        }

        return text;
    }

    private string NumberValue(JsonElement schema)
    {
        var min = Bound(schema, "minimum");
        var max = Bound(schema, "maximum");
        var exMin = Bound(schema, "exclusiveMinimum");
        var exMax = Bound(schema, "exclusiveMaximum");
        var unbounded = min is null && max is null && exMin is null && exMax is null;
        var roll = rng.NextDouble();
        if (unbounded && roll < 0.05)
        {
            _tags.Add("number-beyond-float");
            return Pick("1e39", "-3.5e38", "1e300", "1.7976931348623157e308");
        }

        if (unbounded && roll < 0.1)
        {
            _tags.Add("number-many-digits");
            return Pick("0.1000000000000000000000000000001", "79228162514264337593543950336", "1e-30", "3.14159265358979323846264338327950288");
        }

        if (unbounded)
        {
            return Pick("0", "-0", "1", "-1", "0.5", "2.25", "-17.75", "1e3", "1.5E+2", "123456.789", "1e-5");
        }

        var lo = min ?? exMin ?? (max ?? exMax)!.Value - 100;
        var hi = max ?? exMax ?? lo + 100;
        decimal value;
        for (var attempt = 0; ; attempt++)
        {
            value = rng.NextDouble() < 0.25 ? (rng.Next(2) == 0 ? lo : hi) : lo + Math.Round((decimal)rng.NextDouble() * (hi - lo), rng.Next(4));
            if ((exMin is null || value > exMin) && (exMax is null || value < exMax) || attempt > 10)
            {
                break;
            }
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    // ------------------------------------------------------------------ containers

    private string ArrayValue(JsonElement schema, int depth)
    {
        var min = schema.TryGetProperty("minItems", out var m) ? m.GetInt32() : 0;
        var max = schema.TryGetProperty("maxItems", out var x) ? x.GetInt32() : min + (depth >= MaxDepth ? 0 : 3);
        var unique = schema.TryGetProperty("uniqueItems", out var u) && u.GetBoolean();
        var count = min + rng.Next(Math.Max(0, max - min) + 1);
        var items = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
        var values = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; values.Count < count && attempt < count * 6; attempt++)
        {
            var value = items.ValueKind == JsonValueKind.Undefined ? AnyJson(depth + 1) : Value(items, depth + 1, optional: false, mutationChance: 0.2);
            if (!unique || seen.Add(Canonical(value)))
            {
                values.Add(value);
            }
        }

        return "[" + string.Join(",", values) + "]";
    }

    private string ObjectValue(JsonElement schema, int depth)
    {
        var members = new List<(string Key, string Value)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : new HashSet<string>();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var isRequired = required.Contains(property.Name);
                if (isRequired || rng.NextDouble() < (depth >= MaxDepth ? 0.05 : 0.55))
                {
                    members.Add((property.Name, Value(property.Value, depth + 1, optional: !isRequired, mutationChance: 0.25)));
                    keys.Add(property.Name);
                }
            }
        }

        var additional = schema.TryGetProperty("additionalProperties", out var a) ? a : default;
        if (additional.ValueKind == JsonValueKind.Object)
        {
            var names = schema.TryGetProperty("propertyNames", out var pn) && pn.TryGetProperty("enum", out var allowed)
                ? allowed.EnumerateArray().Select(e => e.GetString()!).ToArray()
                : null;
            var count = rng.Next(depth >= MaxDepth ? 1 : 4);
            for (var i = 0; i < count; i++)
            {
                var key = names is null ? RandomText(0, 6) : names[rng.Next(names.Length)];
                if (names is not null && rng.NextDouble() < 0.08)
                {
                    _tags.Add("enum-case");
                    key = key.ToLowerInvariant();
                }

                if (keys.Add(key))
                {
                    members.Add((key, Value(additional, depth + 1, optional: false, mutationChance: 0.25)));
                }
            }
        }
        else if (additional.ValueKind == JsonValueKind.Undefined && rng.NextDouble() < 0.08)
        {
            var known = keys.FirstOrDefault();
            var key = known is not null && rng.Next(2) == 0 ? char.ToUpperInvariant(known[0]) + known[1..] : "extra_" + rng.Next(100).ToString(CultureInfo.InvariantCulture);
            if (keys.Add(key))
            {
                _tags.Add(key.StartsWith("extra_", StringComparison.Ordinal) ? "extra-property" : "extra-property-case");
                members.Add((key, AnyJson(depth + 1)));
            }
        }

        Shuffle(members);
        return "{" + string.Join(",", members.Select(m => Quote(m.Key) + ":" + m.Value)) + "}";
    }

    private string AnyJson(int depth)
    {
        var roll = rng.Next(depth >= MaxDepth ? 6 : 8);
        return roll switch
        {
            0 => "null",
            1 => rng.Next(2) == 0 ? "true" : "false",
            2 => Pick("0", "-1", "3.5", "1e2", "12345678901234567890"),
            3 or 4 => Quote(RandomText(0, 5)),
            5 => "{}",
            6 => "[" + AnyJson(depth + 1) + "," + AnyJson(depth + 1) + "]",
            _ => "{\"k\":" + AnyJson(depth + 1) + "}",
        };
    }

    // ------------------------------------------------------------------ mutations

    private string? Mutate(JsonElement schema, string[] types, int depth, bool optional)
    {
        var options = new List<Func<string?>>();

        // A value of another JSON type (null apart: it has its own tags).
        options.Add(() =>
        {
            var candidates = new[] { ("\"x\"", "string"), ("1", "integer"), ("1.5", "number"), ("true", "boolean"), ("[]", "array"), ("{}", "object") }
                .Where(c => !types.Contains(c.Item2) && !(c.Item2 == "integer" && types.Contains("number")))
                .ToArray();
            if (types.Length == 0 || candidates.Length == 0)
            {
                return null;
            }

            _tags.Add("mutation:wrong-type");
            return candidates[rng.Next(candidates.Length)].Item1;
        });

        if (types.Length > 0 && !types.Contains("null"))
        {
            options.Add(() =>
            {
                _tags.Add(optional ? "null-for-optional" : "mutation:null");
                return "null";
            });
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return options[rng.Next(options.Count)]();
        }

        if (schema.TryGetProperty("enum", out var members))
        {
            var strings = members.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToArray();
            if (strings.Length > 0)
            {
                options.Add(() => Tagged("mutation:not-in-enum", Quote(Pick("Purple", "", "other", strings[0] + "x", " " + strings[0]))));
            }
            else if (members.EnumerateArray().Any(m => m.ValueKind == JsonValueKind.Number))
            {
                options.Add(() => Tagged("mutation:not-in-enum", Pick("0", "4", "-1", "100")));
            }
        }
        else if (types.Contains("string"))
        {
            if (schema.TryGetProperty("format", out var format))
            {
                options.Add(() =>
                {
                    var entry = Formats.Invalid(format.GetString()!, rng);
                    _tags.Add("mutation:format:" + format.GetString() + ":" + entry.Tag);
                    return Quote(entry.Text);
                });
            }

            if (schema.TryGetProperty("pattern", out var pattern))
            {
                var regex = new Regex(pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(5));
                var failing = PatternCandidates.Where(c => !regex.IsMatch(c)).ToArray();
                options.Add(() => Tagged("mutation:pattern", Quote(failing[rng.Next(failing.Length)])));
            }

            if (schema.TryGetProperty("minLength", out var minLength) && minLength.GetInt32() > 0)
            {
                options.Add(() => Tagged("mutation:too-short", Quote(new string('a', minLength.GetInt32() - 1))));
            }

            if (schema.TryGetProperty("maxLength", out var maxLength))
            {
                options.Add(() => Tagged("mutation:too-long", Quote(new string('b', maxLength.GetInt32() + 1 + rng.Next(3)))));
                if (maxLength.GetInt32() >= 1)
                {
                    // As many code points as allowed, but more UTF-16 units.
                    options.Add(() => Tagged("string-astral-at-max-length", Quote(string.Concat(Enumerable.Repeat(Astral, maxLength.GetInt32())))));
                }
            }

            var denied = Denied(schema);
            if (denied.Count > 0)
            {
                options.Add(() => Tagged("mutation:denied", Quote(denied.ElementAt(rng.Next(denied.Count)))));
                options.Add(() => Tagged("denied-case", Quote(denied.First().ToUpperInvariant())));
            }
        }
        else if (types.Contains("integer") || types.Contains("number"))
        {
            var integer = !types.Contains("number");
            if (integer)
            {
                options.Add(() => Tagged("mutation:fraction", Pick("1.5", "-0.5", "2.000001", "1e-1")));
            }

            var step = integer ? 1m : Pick(0.5m, 0.001m, 1m);
            if (Bound(schema, "minimum") is { } min)
            {
                options.Add(() => Tagged("mutation:below-minimum", (min - step).ToString(CultureInfo.InvariantCulture)));
            }

            if (Bound(schema, "maximum") is { } max)
            {
                options.Add(() => Tagged("mutation:above-maximum", (max + step).ToString(CultureInfo.InvariantCulture)));
            }

            if (Bound(schema, "exclusiveMinimum") is { } exMin)
            {
                options.Add(() => Tagged("mutation:at-exclusive-bound", exMin.ToString(CultureInfo.InvariantCulture)));
            }

            if (Bound(schema, "exclusiveMaximum") is { } exMax)
            {
                options.Add(() => Tagged("mutation:at-exclusive-bound", exMax.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else if (types.Contains("array"))
        {
            var min = schema.TryGetProperty("minItems", out var m) ? m.GetInt32() : 0;
            var items = schema.TryGetProperty("items", out var itemSchema) ? itemSchema : default;
            string Items(int n) => "[" + string.Join(",", Enumerable.Range(0, n).Select(_ => Value(items, depth + 1, false, 0))) + "]";
            if (min > 0)
            {
                options.Add(() => Tagged("mutation:too-few-items", Items(min - 1)));
            }

            if (schema.TryGetProperty("maxItems", out var x))
            {
                options.Add(() => Tagged("mutation:too-many-items", Items(x.GetInt32() + 1)));
            }

            if (schema.TryGetProperty("uniqueItems", out var u) && u.GetBoolean() && items.ValueKind != JsonValueKind.Undefined)
            {
                options.Add(() =>
                {
                    var one = Value(items, depth + 1, false, 0);
                    return Tagged("mutation:duplicate-items", "[" + one + "," + one + "]");
                });
            }
        }
        else if (types.Contains("object"))
        {
            var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToArray() : Array.Empty<string>();
            if (required.Length > 0)
            {
                options.Add(() =>
                {
                    var full = ObjectValue(schema, depth);
                    var drop = required[rng.Next(required.Length)];
                    using var document = JsonDocument.Parse(full);
                    var kept = document.RootElement.EnumerateObject().Where(p => p.Name != drop).Select(p => Quote(p.Name) + ":" + p.Value.GetRawText());
                    return Tagged("mutation:missing-required", "{" + string.Join(",", kept) + "}");
                });
            }

            if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
            {
                options.Add(() =>
                {
                    var full = ObjectValue(schema, depth);
                    var extra = Quote("unknown_" + rng.Next(10).ToString(CultureInfo.InvariantCulture)) + ":1";
                    return Tagged("mutation:unknown-property", full == "{}" ? "{" + extra + "}" : "{" + extra + "," + full[1..]);
                });
            }

            if (schema.TryGetProperty("propertyNames", out var names) && names.TryGetProperty("enum", out _) && additional.ValueKind == JsonValueKind.Object)
            {
                var value = Value(additional, depth + 1, false, 0);
                options.Add(() => Tagged("mutation:bad-key", "{" + Quote(Pick("Purple", "0", "")) + ":" + value + "}"));
            }
        }

        return options[rng.Next(options.Count)]();
    }

    private string Tagged(string tag, string json)
    {
        _tags.Add(tag);
        return json;
    }

    // ------------------------------------------------------------------ helpers

    private T Pick<T>(params T[] values) => values[rng.Next(values.Length)];

    private void Shuffle<T>(List<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }

    private static readonly JsonSerializerOptions s_quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Quote(string text) => JsonSerializer.Serialize(text, s_quoting);
}

/// <summary>Sample strings for each format, valid and invalid by RFC 3339 / 4122 / 3986 / 5321 / ISO 8601, each with a label.</summary>
internal static class Formats
{
    // A null label: the plain case. A label: a spelling a reader might judge otherwise than the RFC.
    private static readonly Dictionary<string, (string Text, string? Tag)[]> s_valid = new(StringComparer.Ordinal)
    {
        ["uuid"] = new (string, string?)[]
        {
            ("3f2504e0-4f89-11d3-9a0c-0305e82c3301", null), ("00000000-0000-0000-0000-000000000000", null), ("3F2504E0-4F89-11D3-9A0C-0305E82C3301", "upper-case"),
        },
        ["uri"] = new (string, string?)[]
        {
            ("https://example.com/a/b?c=d#e", null), ("http://localhost:8080/", null), ("urn:isbn:0451450523", "urn"), ("mailto:a@example.com", "mailto"),
            ("file:///tmp/x.txt", null), ("https://example.com/%C3%A9", null), ("ftp://ftp.example.com/pub", null), ("tag:example.com,2024:x", "opaque"),
        },
        ["date-time"] = new (string, string?)[]
        {
            ("2024-02-29T12:34:56Z", null), ("2024-02-29T12:34:56.123+02:00", null), ("1999-12-31T23:59:59-05:30", null), ("2024-02-29t12:34:56z", "lower-case"),
            ("2016-12-31T23:59:60Z", "leap-second"), ("2024-01-01T00:00:00.123456789Z", "nine-fraction-digits"), ("2024-01-01T00:00:00-00:00", "unknown-offset"),
            ("0001-01-01T00:00:00Z", null),
        },
        ["date"] = new (string, string?)[] { ("2024-02-29", null), ("1999-12-31", null), ("0001-01-01", null), ("9999-12-31", null) },
        ["time"] = new (string, string?)[]
        {
            ("12:34:56Z", null), ("23:59:59.5+01:00", null), ("00:00:00-08:00", null), ("12:34:56.123456789Z", "nine-fraction-digits"), ("23:59:60Z", "leap-second"),
        },
        ["duration"] = new (string, string?)[]
        {
            ("P1D", null), ("PT1H30M", null), ("P1DT2H3M4S", null), ("PT0S", null), ("P2W", "weeks"), ("P1Y2M", "years-months"), ("PT1.5S", "fraction"),
        },
        ["email"] = new (string, string?)[]
        {
            ("a@example.com", null), ("first.last@sub.example.org", null), ("x+tag@example.io", null), ("\"quoted local\"@example.com", "quoted-local"),
            ("user@[127.0.0.1]", "ip-literal"), ("é@example.com", "non-ascii"),
        },
    };

    private static readonly Dictionary<string, (string Text, string Tag)[]> s_invalid = new(StringComparer.Ordinal)
    {
        ["uuid"] = new[]
        {
            ("not-a-guid", "text"), ("3f2504e04f8911d39a0c0305e82c3301", "no-hyphens"), ("{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "braces"),
            ("3f2504e0-4f89-11d3-9a0c-0305e82c330", "short"), ("", "empty"),
        },
        ["uri"] = new[]
        {
            ("relative/path", "relative"), ("/absolute/path", "rooted-path"), ("", "empty"), ("http://exa mple.com", "space"), ("://x", "no-scheme"), ("https://[::1", "bad-host"),
            ("C:\\temp\\x", "windows-path"),
        },
        ["date-time"] = new[]
        {
            ("2024-02-30T00:00:00Z", "bad-day"), ("2024-02-29 12:34:56Z", "space"), ("2024-02-29T12:34:56", "no-offset"), ("2024-02-29", "date-only"), ("yesterday", "text"),
            ("2024-02-29T24:00:00Z", "hour-24"), ("2024-02-29T12:34Z", "no-seconds"), ("2024-02-29T12:34:56+0200", "offset-no-colon"),
        },
        ["date"] = new[] { ("2023-02-29", "bad-day"), ("2024-2-9", "short-fields"), ("20240229", "basic-format"), ("2024-02-29T00:00:00Z", "date-time"), ("02/29/2024", "us") },
        ["time"] = new[] { ("12:34:56", "no-offset"), ("25:00:00Z", "hour-25"), ("12:34", "no-seconds"), ("12:34:56 Z", "space"), ("noon", "text") },
        ["duration"] = new[] { ("1.02:03:04", "dotnet-constant"), ("01:00:00", "clock"), ("P", "empty-p"), ("PT", "empty-t"), ("P1H", "hour-without-t"), ("1D", "no-p") },
        ["email"] = new[] { ("no-at-sign", "no-at"), ("a@", "no-domain"), ("@example.com", "no-local"), ("a b@example.com", "space"), ("a@@b.com", "two-at") },
    };

    public static (string Text, string? Tag) Valid(string format, Random rng) => Pick(s_valid, format, rng);

    public static (string Text, string Tag) Invalid(string format, Random rng) => Pick(s_invalid, format, rng);

    private static T Pick<T>(Dictionary<string, T[]> table, string format, Random rng) =>
        table.TryGetValue(format, out var entries) ? entries[rng.Next(entries.Length)] : throw new NotSupportedException("format " + format);
}
