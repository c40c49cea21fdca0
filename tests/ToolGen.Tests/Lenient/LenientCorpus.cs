using System.Text;
using System.Text.Json;
using ToolGen.Generated;

namespace ToolGen.Tests.Lenient;

/// <summary>
/// One mistake an open model makes in a call of a <see cref="LenientTools"/> tool. <see cref="Intended"/> is what the
/// tool echoes when the value is read as meant (lenient mode), or null when lenient mode must refuse it too. A
/// refusal names <see cref="Path"/>, <see cref="Expected"/> and <see cref="Received"/> as
/// <c>"path": expected …; got …</c>; <see cref="Normal"/> overrides them for normal mode where they differ. Path null:
/// a mistake in the arguments as a whole (a code fence, stray text), refused in normal mode as malformed JSON.
/// </summary>
public sealed record LenientCase(string Tool, string Payload, string? Intended, string? Path, string? Expected, string? Received)
{
    /// <summary>Normal mode's refusal, when it differs: path, expected, received.</summary>
    public (string Path, string Expected, string Received)? Normal { get; init; }

    /// <summary>A text that normal mode's message must hold instead of the usual one (map keys).</summary>
    public string? NormalText { get; init; }

    public override string ToString() => Tool + " " + Payload;
}

/// <summary>The corpus: mistakes lenient mode reads as meant, and tricky ones it must refuse.</summary>
public static class LenientCorpus
{
    public const string Int = "an integer from -2147483648 to 2147483647";
    public const string Long = "an integer from -9223372036854775808 to 9223372036854775807";
    public const string Byte = "an integer from 0 to 255";
    public const string Short = "an integer from -32768 to 32767";
    public const string ULong = "an integer from 0 to 18446744073709551615";
    public const string Double = "a number from -1.7976931348623157E+308 to 1.7976931348623157E+308";
    public const string Float = "a number from -3.4028235E+38 to 3.4028235E+38";
    public const string Decimal = "a number from -79228162514264337593543950335 to 79228162514264337593543950335";
    public const string Bool = "true or false";
    public const string Level = "one of \"Low\", \"Medium\", \"High\", \"VeryHigh\"";
    public const string AccessItem = "one of \"Read\", \"Write\", \"ReadWrite\", \"Execute\"";
    public const string Access = "an array of names from \"Read\", \"Write\", \"ReadWrite\", \"Execute\"";
    public const string Array = "an array";
    public const string Object = "an object";

    /// <summary>Every case, in a stable order.</summary>
    public static IReadOnlyList<LenientCase> All { get; } = Build();

    /// <summary>For xunit's [MemberData]: the index of each case.</summary>
    public static IEnumerable<object[]> Indexes => Enumerable.Range(0, All.Count).Select(i => new object[] { i });

    private static List<LenientCase> Build()
    {
        var cases = new List<LenientCase>();

        // Numbers sent as strings: read as the number they hold.
        foreach (var (text, intended) in new[]
        {
            ("42", "42"), (" 42 ", "42"), ("-7", "-7"), ("0", "0"), ("2147483647", "2147483647"), ("-2147483648", "-2147483648"),
            ("1e1", "10"), ("2.0", "2"), ("-0", "0"), ("\\n5\\t", "5"), ("4.000", "4"), ("1E2", "100"), ("20E-1", "2"),
            ("\\r\\n 8", "8"), ("100", "100"),
        })
        {
            cases.Add(Value("int_value", Str(text), intended, Int));
        }

        foreach (var (tool, expected, text, intended) in new[]
        {
            ("long_value", Long, "9007199254740993", "9007199254740993"), ("long_value", Long, "-9223372036854775808", "-9223372036854775808"),
            ("long_value", Long, "123", "123"), ("long_value", Long, "1e3", "1000"),
            ("byte_value", Byte, "255", "255"), ("byte_value", Byte, "0", "0"), ("byte_value", Byte, "200", "200"), ("byte_value", Byte, "-0", "0"),
            ("short_value", Short, "-32768", "-32768"), ("short_value", Short, "12", "12"), ("short_value", Short, " 7", "7"),
            ("ulong_value", ULong, "18446744073709551615", "18446744073709551615"), ("ulong_value", ULong, "7", "7"),
            ("double_value", Double, "3.5", "3.5"), ("double_value", Double, "-0.25", "-0.25"), ("double_value", Double, "1e3", "1000"),
            ("double_value", Double, "1E-3", "0.001"), ("double_value", Double, "0", "0"), ("double_value", Double, "12", "12"),
            ("double_value", Double, "  2.5  ", "2.5"), ("double_value", Double, "1.7976931348623157E+308", "1.7976931348623157E+308"),
            ("double_value", Double, "-1", "-1"),
            ("float_value", Float, "1.5", "1.5"), ("float_value", Float, "-2", "-2"), ("float_value", Float, "3.25", "3.25"),
            ("decimal_value", Decimal, "19.99", "19.99"), ("decimal_value", Decimal, "-0.01", "-0.01"), ("decimal_value", Decimal, "100", "100"),
            ("decimal_value", Decimal, "1e2", "100"), ("decimal_value", Decimal, "0.5", "0.5"),
            ("nullable_int", Int + " or null", "5", "5"), ("nullable_int", Int + " or null", "-5", "-5"),
        })
        {
            cases.Add(Value(tool, Str(text), intended, expected));
        }

        // Booleans sent as strings.
        foreach (var (text, intended) in new[] { ("true", "true"), ("false", "false"), (" true ", "true"), ("\\tfalse", "false"), ("true\\n", "true") })
        {
            cases.Add(Value("bool_value", Str(text), intended, Bool));
        }

        // Enum names in another separator style.
        foreach (var (text, intended) in new[]
        {
            ("very_high", "VeryHigh"), ("very-high", "VeryHigh"), ("VERY HIGH", "VeryHigh"), ("Very High", "VeryHigh"), ("VERY_HIGH", "VeryHigh"),
            ("very__high", "VeryHigh"), ("Very-High", "VeryHigh"), ("very high", "VeryHigh"), ("low ", "Low"), (" medium", "Medium"),
            ("HIGH_", "High"), ("v-e-r-y-h-i-g-h", "VeryHigh"), ("Very_high", "VeryHigh"), ("very-High", "VeryHigh"),
        })
        {
            cases.Add(Value("level_value", Str(text), Str(intended), Level) with { Intended = Str(intended) });
        }

        // [Flags] names and arrays.
        cases.Add(Value("access_value", Str("[\\\"Read\\\",\\\"Write\\\"]"), """["Read","Write"]""", Access));
        cases.Add(Value("access_value", Str("[]"), "[]", Access));
        cases.Add(Value("access_value", Str(" [\\\"Execute\\\"] "), """["Execute"]""", Access));
        cases.Add(At("access_value", """{"value":["read_write"]}""", """["Read","Write"]""", "value[0]", AccessItem, R("read_write")));
        cases.Add(At("access_value", """{"value":["Read","EXE CUTE"]}""", """["Read","Execute"]""", "value[1]", AccessItem, R("EXE CUTE")));
        cases.Add(At("access_value", """{"value":["read write","execute"]}""", """["Read","Write","Execute"]""", "value[0]", AccessItem, R("read write")));

        // Arrays sent as strings, and slips inside arrays.
        foreach (var (text, intended) in new[]
        {
            ("[1,2,3]", "[1,2,3]"), (" [1, 2] ", "[1,2]"), ("[]", "[]"), ("[\\\"1\\\",\\\"2\\\"]", "[1,2]"), ("\\n[\\n 4\\n]\\n", "[4]"),
            ("[1e1, 2.0]", "[10,2]"), ("[-1]", "[-1]"),
        })
        {
            cases.Add(Value("int_list", Str(text), intended, Array));
        }

        cases.Add(At("int_list", """{"value":[1,"2",3]}""", "[1,2,3]", "value[1]", Int, R("2")));
        cases.Add(At("int_list", """{"value":["7"]}""", "[7]", "value[0]", Int, R("7")));
        cases.Add(At("int_list", """{"value":[" 8 ", "9"]}""", "[8,9]", "value[0]", Int, R(" 8 ")));
        cases.Add(Value("int_grid", Str("[[1,2],[3]]"), "[[1,2],[3]]", Array));
        cases.Add(At("int_grid", """{"value":["[1,2]","[3]"]}""", "[[1,2],[3]]", "value[0]", Array, R("[1,2]")));
        cases.Add(At("int_grid", """{"value":[[1,"2"]]}""", "[[1,2]]", "value[0][1]", Int, R("2")));
        cases.Add(At("int_grid", """{"value":[[1],"[\"2\"]"]}""", "[[1],[2]]", "value[1]", Array, R("[\"2\"]")));
        cases.Add(At("level_list", """{"value":["very_high","Low"]}""", """["VeryHigh","Low"]""", "value[0]", Level, R("very_high")));
        cases.Add(Value("level_list", Str("[\\\"High\\\",\\\"very-high\\\"]"), """["High","VeryHigh"]""", Array));
        cases.Add(Value("level_list", Str("[\\\"Low\\\"]"), """["Low"]""", Array));
        cases.Add(At("bool_list", """{"value":["true","false"]}""", "[true,false]", "value[0]", Bool, R("true")));
        cases.Add(Value("bool_list", Str("[true,false]"), "[true,false]", Array));
        cases.Add(At("bool_list", """{"value":[true," false"]}""", "[true,false]", "value[1]", Bool, R(" false")));
        cases.Add(Value("string_list", Str("[\\\"a\\\",\\\"b\\\"]"), """["a","b"]""", Array));
        cases.Add(Value("string_list", Str("[\\\"42\\\"]"), """["42"]""", Array));

        // Maps sent as strings, and slips in their values and keys.
        cases.Add(Value("int_map", Str("{\\\"a\\\":1,\\\"b\\\":2}"), """{"a":1,"b":2}""", Object));
        cases.Add(Value("int_map", Str("{}"), "{}", Object));
        cases.Add(Value("int_map", Str(" { \\\"n\\\" : 3 } "), """{"n":3}""", Object));
        cases.Add(At("int_map", """{"value":{"a":"1"}}""", """{"a":1}""", "value.a", Int, R("1")));
        cases.Add(At("int_map", """{"value":{"a":" 2 ","b":3}}""", """{"a":2,"b":3}""", "value.a", Int, R(" 2 ")));
        cases.Add(At("int_map", """{"value":{"x y":"5"}}""", """{"x y":5}""", "value[\"x y\"]", Int, R("5")));
        cases.Add(Value("int_map", Str("{\\\"a\\\":\\\"1\\\"}"), """{"a":1}""", Object));
        cases.Add(At("level_map", """{"value":{"very_high":1.5}}""", """{"VeryHigh":1.5}""", null, null, null) with
        {
            NormalText = "\"value.very_high\": unknown key; expected " + Level + ".",
        });
        cases.Add(At("level_map", """{"value":{"LOW":"2.5"}}""", """{"Low":2.5}""", "value.LOW", Double, R("2.5")));
        cases.Add(Value("level_map", Str("{\\\"very-high\\\":1}"), """{"VeryHigh":1}""", Object));
        cases.Add(At("level_map", """{"value":{"Very High":"3"}}""", """{"VeryHigh":3}""", null, null, null) with
        {
            NormalText = "\"value[\"Very High\"]\": unknown key; expected " + Level + ".",
        });
        cases.Add(At("list_map", """{"value":{"a":"[1,2]"}}""", """{"a":[1,2]}""", "value.a", Array, R("[1,2]")));
        cases.Add(Value("list_map", Str("{\\\"a\\\":[1]}"), """{"a":[1]}""", Object));
        cases.Add(At("list_map", """{"value":{"a":["1"]}}""", """{"a":[1]}""", "value.a[0]", Int, R("1")));
        cases.Add(At("list_map", """{"value":{"a":[1],"b":"[]"}}""", """{"a":[1],"b":[]}""", "value.b", Array, R("[]")));

        // Objects sent as strings, and slips in their properties.
        cases.Add(Value("order", Str("{\\\"item\\\":\\\"pen\\\",\\\"quantity\\\":2}"), """{"item":"pen","quantity":2}""", Object));
        cases.Add(Value("order", Str("{}"), "{}", Object));
        cases.Add(Value("order", Str("{\\\"quantity\\\":\\\"3\\\"}"), """{"quantity":3}""", Object));
        foreach (var (payload, intended, path, expected, received) in new[]
        {
            ("""{"value":{"quantity":"2"}}""", """{"quantity":2}""", "value.quantity", Int, R("2")),
            ("""{"value":{"price":"1.5"}}""", """{"price":1.5}""", "value.price", Double, R("1.5")),
            ("""{"value":{"gift":"true"}}""", """{"gift":true}""", "value.gift", Bool, R("true")),
            ("""{"value":{"priority":"very_high"}}""", """{"priority":"VeryHigh"}""", "value.priority", Level, R("very_high")),
            ("""{"value":{"priority":"MEDIUM "}}""", """{"priority":"Medium"}""", "value.priority", Level, R("MEDIUM ")),
            ("""{"value":{"sizes":"[1,2]"}}""", """{"sizes":[1,2]}""", "value.sizes", Array + " or null", R("[1,2]")),
            ("""{"value":{"sizes":["38","40"]}}""", """{"sizes":[38,40]}""", "value.sizes[0]", Int, R("38")),
            ("""{"value":{"ship":"{\"city\":\"Oslo\",\"zip\":123}"}}""", """{"ship":{"city":"Oslo","zip":123}}""", "value.ship", Object + " or null", R("{\"city\":\"Oslo\",\"zip\":123}")),
            ("""{"value":{"ship":{"city":"Oslo","zip":"123"}}}""", """{"ship":{"city":"Oslo","zip":123}}""", "value.ship.zip", Int, R("123")),
            ("""{"value":{"ship":"{\"zip\":\"9\"}"}}""", """{"ship":{"city":"","zip":9}}""", "value.ship", Object + " or null", R("{\"zip\":\"9\"}")),
            ("""{"value":{"extras":"{\"x\":1}"}}""", """{"extras":{"x":1}}""", "value.extras", Object + " or null", R("{\"x\":1}")),
            ("""{"value":{"extras":{"x":"1"}}}""", """{"extras":{"x":1}}""", "value.extras.x", Int, R("1")),
            ("""{"value":{"item":"pen","quantity":"2","price":"0.5","gift":"false"}}""", """{"item":"pen","quantity":2,"price":0.5}""", "value.quantity", Int, R("2")),
        })
        {
            cases.Add(At("order", payload, intended, path, expected, received));
        }

        cases.Add(Value("orders", Str("[{\\\"item\\\":\\\"a\\\"}]"), """[{"item":"a"}]""", Array));
        cases.Add(At("orders", """{"value":[{"item":"a","quantity":"1"}]}""", """[{"item":"a","quantity":1}]""", "value[0].quantity", Int, R("1")));
        cases.Add(At("orders", """{"value":["{\"item\":\"a\"}"]}""", """[{"item":"a"}]""", "value[0]", Object, R("{\"item\":\"a\"}")));
        cases.Add(At("orders", """{"value":[{"item":"a"},"{\"item\":\"b\",\"gift\":\"true\"}"]}""", """[{"item":"a"},{"item":"b","gift":true}]""", "value[1]", Object, R("{\"item\":\"b\",\"gift\":\"true\"}")));
        cases.Add(Value("json_object", Str("{\\\"a\\\":1}"), """{"a":1}""", "a JSON object"));
        cases.Add(Value("json_object", Str(" {} "), "{}", "a JSON object"));
        cases.Add(Value("json_object", Str("{\\\"a\\\":[1,{\\\"b\\\":null}]}"), """{"a":[1,{"b":null}]}""", "a JSON object"));

        // Several slips in one payload: all read, or (normal mode) all reported in one message.
        cases.Add(At("pair", """{"count":"3","label":"x"}""", """{"count":3,"label":"x"}""", "count", Int, R("3")));
        cases.Add(At("pair", """{"count":" 12 ","label":"42"}""", """{"count":12,"label":"42"}""", "count", Int, R(" 12 ")));

        // The arguments as a whole: a code fence, stray text, encoded twice.
        foreach (var payload in new[]
        {
            "```json\n{\"value\":1}\n```", "```\n{\"value\":1}\n```", "```json {\"value\":1}```", "```JSON\r\n{\"value\":1}\r\n```\n",
            "  ```json\n{\"value\":1}\n```  ", "```json\n{\"value\":1}", "{\"value\":1} thanks", "{\"value\":1}}", "{\"value\":1}\n<|call|>",
            "{\"value\":1}\n\nI hope this helps!", "{\"value\":1}]", "{\"value\":1}```", "\"{\\\"value\\\":1}\"", " \"{\\\"value\\\": 1}\" ",
            "{\"value\":1}{\"value\":2}", "{\"value\":1},", "{\"value\":1} // the count",
        })
        {
            cases.Add(new LenientCase("int_value", payload, "1", null, null, null));
        }

        cases.Add(new LenientCase("int_value", "```json\n{\"value\":\"7\"}\n```", "7", null, null, null));
        cases.Add(new LenientCase("int_list", "```json\n{\"value\":\"[1,2]\"}\n```", "[1,2]", null, null, null));
        cases.Add(new LenientCase("pair", "{\"count\":2,\"label\":\"}{\"} extra", """{"count":2,"label":"}{"}""", null, null, null));
        cases.Add(new LenientCase("pair", "\"{\\\"count\\\":\\\"4\\\",\\\"label\\\":\\\"b\\\"}\"", """{"count":4,"label":"b"}""", null, null, null));

        // Refused in lenient mode too: not exactly a number, out of range, broken JSON, the wrong kind.
        foreach (var text in new[]
        {
            "42abc", "1e999", "3.5", "", " ", "4 2", "0x10", "+5", "042", "1,000", "NaN", "Infinity", "2147483648", "forty-two",
            "null", "[42]", "\\\"42\\\"", "٤٢", "1e-1", "-", "5.", ".5", "true", "{}",
        })
        {
            cases.Add(Value("int_value", Str(text), null, Int));
        }

        foreach (var (tool, expected, text) in new[]
        {
            ("double_value", Double, "1e999"), ("double_value", Double, "NaN"), ("double_value", Double, "Infinity"), ("double_value", Double, "-Infinity"),
            ("double_value", Double, "1.5.2"), ("double_value", Double, ".5"), ("double_value", Double, "5."), ("double_value", Double, "3,5"),
            ("float_value", Float, "1e39"), ("decimal_value", Decimal, "1e999"), ("decimal_value", Decimal, "1e29"),
            ("byte_value", Byte, "256"), ("byte_value", Byte, "-1"), ("short_value", Short, "32768"), ("ulong_value", ULong, "-1"),
            ("long_value", Long, "9223372036854775808"), ("nullable_int", Int + " or null", "null"), ("nullable_int", Int + " or null", "1.5"),
            ("bool_value", Bool, "True"), ("bool_value", Bool, "TRUE"), ("bool_value", Bool, "yes"), ("bool_value", Bool, "1"), ("bool_value", Bool, "0"),
            ("bool_value", Bool, "t"), ("bool_value", Bool, "true false"), ("bool_value", Bool, "on"), ("bool_value", Bool, "truee"), ("bool_value", Bool, ""),
            ("level_value", Level, "VeryHighest"), ("level_value", Level, "very_hi"), ("level_value", Level, ""), ("level_value", Level, "very.high"),
            ("level_value", Level, "3"), ("level_value", Level, "_"), ("level_value", Level, "Low,High"),
            ("int_list", Array, "[1,2"), ("int_list", Array, "1,2,3"), ("int_list", Array, "[1,2]]"), ("int_list", Array, "[1,2] x"),
            ("int_list", Array, "{\\\"a\\\":1}"), ("int_list", Array, "[1,2,]"), ("int_list", Array, ""), ("int_list", Array, "null"),
            ("int_list", Array, "[1] [2]"), ("int_map", Object, "{\\\"a\\\":1"), ("int_map", Object, "[1]"), ("int_map", Object, "{a:1}"),
            ("int_map", Object, "{\\\"a\\\":1,}"), ("int_map", Object, "{\\\"a\\\":1} {}"), ("order", Object, "{\\\"item\\\":"),
            ("order", Object, "[{}]"), ("order", Object, "{'item':'pen'}"), ("json_object", "a JSON object", "[1]"),
            ("json_object", "a JSON object", "{"), ("json_object", "a JSON object", "null"), ("access_value", Access, "Read"),
            ("access_value", Access, "[\\\"Read\\\""),
        })
        {
            cases.Add(Value(tool, Str(text), null, expected));
        }

        // Refused in lenient mode, with the path inside the string: the string held the right kind, wrongly filled.
        foreach (var (tool, text, path, expected, received) in new[]
        {
            ("int_list", "[1,\\\"x\\\"]", "value[1]", Int, R("x")),
            ("int_list", "[1,2.5]", "value[1]", Int, "2.5"),
            ("int_list", "[true]", "value[0]", Int, "true"),
            ("int_map", "{\\\"a\\\":\\\"x\\\"}", "value.a", Int, R("x")),
            ("int_map", "{\\\"a\\\":true}", "value.a", Int, "true"),
            ("order", "{\\\"quantity\\\":\\\"many\\\"}", "value.quantity", Int, R("many")),
            ("order", "{\\\"priority\\\":\\\"urgent\\\"}", "value.priority", Level, R("urgent")),
            ("order", "{\\\"ship\\\":{\\\"zip\\\":\\\"N1\\\"}}", "value.ship.zip", Int, R("N1")),
            ("orders", "[{\\\"gift\\\":\\\"maybe\\\"}]", "value[0].gift", Bool, R("maybe")),
            ("level_list", "[\\\"Lowest\\\"]", "value[0]", Level, R("Lowest")),
        })
        {
            var payload = "{\"value\":" + Str(text) + "}";
            var normalReceived = Received(Str(text));
            cases.Add(new LenientCase(tool, payload, null, path, expected, received)
            {
                Normal = ("value", tool is "int_map" or "order" ? Object : Array, normalReceived),
            });
        }

        // Nested, refused in lenient mode too.
        foreach (var (tool, payload, path, expected, received) in new[]
        {
            ("int_list", """{"value":[1,"2x"]}""", "value[1]", Int, R("2x")),
            ("int_list", """{"value":["[1]"]}""", "value[0]", Int, R("[1]")),
            ("int_grid", """{"value":["[1,"]}""", "value[0]", Array, R("[1,")),
            ("int_map", """{"value":{"a":"1e999"}}""", "value.a", Int, R("1e999")),
            ("int_map", """{"value":{"a":"one"}}""", "value.a", Int, R("one")),
            ("list_map", """{"value":{"a":"[1,2"}}""", "value.a", Array, R("[1,2")),
            ("order", """{"value":{"quantity":"2.5"}}""", "value.quantity", Int, R("2.5")),
            ("order", """{"value":{"gift":"yes"}}""", "value.gift", Bool, R("yes")),
            ("order", """{"value":{"priority":"highest"}}""", "value.priority", Level, R("highest")),
            ("order", """{"value":{"ship":"Oslo"}}""", "value.ship", Object + " or null", R("Oslo")),
            ("order", """{"value":{"sizes":"38, 40"}}""", "value.sizes", Array + " or null", R("38, 40")),
            ("orders", """{"value":[{"price":"free"}]}""", "value[0].price", Double, R("free")),
            ("bool_list", """{"value":["yes"]}""", "value[0]", Bool, R("yes")),
            ("level_list", """{"value":["very.high"]}""", "value[0]", Level, R("very.high")),
            ("access_value", """{"value":["Readable"]}""", "value[0]", AccessItem, R("Readable")),
            ("pair", """{"count":"three","label":"x"}""", "count", Int, R("three")),
        })
        {
            cases.Add(At(tool, payload, null, path, expected, received));
        }

        // The arguments as a whole, refused in lenient mode too: prose before the object, not an object at all.
        foreach (var payload in new[]
        {
            "Here are the arguments: {\"value\":1}", "```json\n[1]\n```", "\"[1]\"", "```\n```", "{\"value\":1", "```json\n{\"value\":1\n```",
            "\"{\\\"value\\\":1\"",
        })
        {
            cases.Add(new LenientCase("int_value", payload, null, null, null, null));
        }

        return cases;
    }

    /// <summary>A case for <c>{"value": valueJson}</c>, whose problem (if any) is at <c>value</c> with the value as received.</summary>
    private static LenientCase Value(string tool, string valueJson, string? intended, string expected) =>
        new(tool, "{\"value\":" + valueJson + "}", intended, "value", expected, Received(valueJson));

    private static LenientCase At(string tool, string payload, string? intended, string? path, string? expected, string? received) =>
        new(tool, payload, intended, path, expected, received);

    /// <summary>A JSON string token whose JSON-escaped content is <paramref name="escaped"/>.</summary>
    private static string Str(string escaped) => "\"" + escaped + "\"";

    /// <summary>How a message quotes a received string: quoted, escaped, cut.</summary>
    private static string R(string content)
    {
        var builder = new StringBuilder();
        JsonText.AppendQuoted(builder, content, JsonText.QuoteLimit);
        return builder.ToString();
    }

    private static string Decode(string json) => JsonSerializer.Deserialize<string>(json)!;

    /// <summary>How a message quotes a received value: a string quoted and cut, anything else as written.</summary>
    private static string Received(string valueJson)
    {
        if (!valueJson.StartsWith('"'))
        {
            return valueJson;
        }

        var builder = new StringBuilder();
        JsonText.AppendQuoted(builder, Decode(valueJson), JsonText.QuoteLimit);
        return builder.ToString();
    }
}
