namespace ToolGen.Analyzers.Tests;

/// <summary>
/// No false positives: every type of the mapping table, every special parameter and every return shape, fully
/// documented, with every rule on. Nothing may be reported, except the TG0010 note on defaults, which is its job.
/// </summary>
public class SupportedTypesTests
{
    private const string Types = """
        using System.Collections.Immutable;
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;

        /// <summary>How urgent.</summary>
        public enum Priority { Low, Normal, High }

        /// <summary>Extras.</summary>
        [Flags]
        public enum Amenities { None = 0, Wifi = 1, Meals = 2 }

        /// <summary>A colour, with names of its own.</summary>
        public enum Colour
        {
            [Description("Warm.")] Red,
            Blue,
        }

        /// <summary>A traveller.</summary>
        /// <param name="Name">Full name.</param>
        /// <param name="Age">Age in years.</param>
        public record Passenger(string Name, [property: Range(0, 120)] int Age, string? Loyalty = null);

        /// <summary>Where and when.</summary>
        public class FlightQuery
        {
            /// <summary>From.</summary>
            [StringLength(3, MinimumLength = 3)]
            public required string From { get; init; }

            /// <summary>To.</summary>
            public string To { get; set; } = "";

            /// <summary>When.</summary>
            public DateOnly Date { get; set; }

            /// <summary>Who.</summary>
            public List<Passenger> Passengers { get; set; } = new();

            /// <summary>Connections.</summary>
            public FlightQuery? Return { get; set; }

            /// <summary>Not sent.</summary>
            [JsonIgnore]
            public object? Internal { get; set; }
        }

        /// <summary>A point.</summary>
        public struct Point
        {
            /// <summary>X.</summary>
            public int X { get; set; }

            /// <summary>Y.</summary>
            public int Y { get; set; }
        }
        """;

    [Fact]
    public Task Every_supported_parameter_type_is_silent()
    {
        const string source = Types + """

            public partial class AllTypes
            {
                /// <summary>Scalars.</summary>
                /// <param name="s">s</param><param name="c">c</param><param name="b">b</param>
                /// <param name="i8">i8</param><param name="u8">u8</param><param name="i16">i16</param><param name="u16">u16</param>
                /// <param name="i32">i32</param><param name="u32">u32</param><param name="i64">i64</param><param name="u64">u64</param>
                /// <param name="f">f</param><param name="d">d</param><param name="m">m</param>
                [Tool]
                public string Scalars(string s, char c, bool b, sbyte i8, byte u8, short i16, ushort u16, int i32, uint u32, long i64, ulong u64, float f, double d, decimal m) => s;

                /// <summary>Enums.</summary>
                /// <param name="priority">p</param><param name="amenities">a</param><param name="colour">c</param>
                [Tool]
                public string Enums(Priority priority, Amenities amenities, Colour colour) => "";

                /// <summary>Nullables.</summary>
                /// <param name="number">n</param><param name="text">t</param><param name="priority">p</param>
                /// <param name="flag">f</param><param name="words">w</param><param name="query">q</param>
                [Tool]
                public string Nullables(int? number, string? text, Priority? priority, Nullable<bool> flag, string[]? words, FlightQuery? query) => "";

                /// <summary>Formats.</summary>
                /// <param name="id">i</param><param name="uri">u</param><param name="at">a</param><param name="offset">o</param>
                /// <param name="day">d</param><param name="time">t</param><param name="span">s</param>
                [Tool]
                public string Formats(Guid id, Uri uri, DateTime at, DateTimeOffset offset, DateOnly day, TimeOnly time, TimeSpan span) => "";

                /// <summary>Collections.</summary>
                /// <param name="array">a</param><param name="list">l</param><param name="ilist">il</param><param name="collection">c</param>
                /// <param name="enumerable">e</param><param name="readOnlyList">rl</param><param name="readOnlyCollection">rc</param>
                /// <param name="set">s</param><param name="iset">is</param><param name="immutable">im</param>
                [Tool]
                public string Collections(
                    int[] array, List<string> list, IList<Priority> ilist, ICollection<double> collection, IEnumerable<string?> enumerable,
                    IReadOnlyList<Passenger> readOnlyList, IReadOnlyCollection<Guid> readOnlyCollection, HashSet<string> set, ISet<int> iset,
                    ImmutableArray<long> immutable) => "";

                /// <summary>Nested collections.</summary>
                /// <param name="grid">g</param><param name="lists">l</param><param name="nullableItems">n</param><param name="groups">gr</param>
                [Tool]
                public string Nested(int[][] grid, List<List<string>> lists, List<int?> nullableItems, IReadOnlyList<IReadOnlyList<Passenger>> groups) => "";

                /// <summary>Objects.</summary>
                /// <param name="query">q</param><param name="passenger">p</param><param name="point">pt</param>
                [Tool]
                public string Objects(FlightQuery query, Passenger passenger, Point point) => "";

                /// <summary>Special parameters, none of which the model sends.</summary>
                [Tool]
                public string Special(CancellationToken ct, IServiceProvider services, ToolCallContext context, [FromServices] IDisposable resource) => "";

                /// <summary>Keyword names and validation.</summary>
                /// <param name="class">c</param><param name="email">e</param>
                [Tool]
                public string Keywords(string @class, [EmailAddress] string email) => "";

                /// <summary>Described by attribute.</summary>
                [Tool("described-tool", Description = "By attribute.", RequiresApproval = true)]
                public static string Described([Description("By attribute.")] string text) => text;
            }

            /// <summary>Static tools.</summary>
            public static partial class StaticTools
            {
                /// <summary>Pings.</summary>
                /// <param name="host">h</param>
                [Tool]
                public static Task<string> PingAsync(string host) => Task.FromResult(host);
            }

            /// <summary>Nested tool sets.</summary>
            public partial class Outer
            {
                /// <summary>Inner tools.</summary>
                public partial record struct Inner
                {
                    /// <summary>Pings.</summary>
                    [Tool]
                    public string Ping() => "pong";
                }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }

    [Fact]
    public Task Every_return_shape_is_silent()
    {
        const string source = Types + """

            public partial class Returns
            {
                /// <summary>v</summary>
                [Tool] public void Void() { }

                /// <summary>t</summary>
                [Tool] public Passenger Value() => new("a", 1);

                /// <summary>t</summary>
                [Tool] public string Text() => "";

                /// <summary>t</summary>
                [Tool] public Task Task() => System.Threading.Tasks.Task.CompletedTask;

                /// <summary>t</summary>
                [Tool] public Task<List<Passenger>> TaskOfT() => System.Threading.Tasks.Task.FromResult(new List<Passenger>());

                /// <summary>t</summary>
                [Tool] public ValueTask ValueTask() => default;

                /// <summary>t</summary>
                [Tool] public ValueTask<Priority?> ValueTaskOfT() => default;

                /// <summary>t</summary>
                [Tool] public async Task<Amenities> Async() { await System.Threading.Tasks.Task.Yield(); return Amenities.Wifi; }
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }

    [Fact]
    public Task Optional_parameters_with_defaults_get_only_the_strict_mode_note()
    {
        const string source = Types + """

            public partial class Defaults
            {
                /// <summary>Defaults.</summary>
                /// <param name="count">c</param><param name="ratio">r</param><param name="label">l</param><param name="priority">p</param>
                /// <param name="enabled">e</param><param name="money">m</param><param name="separator">s</param><param name="maybe">mb</param>
                /// <param name="text">t</param><param name="ids">i</param>
                [Tool]
                public string Optional(
                    int {|TG0010:count|} = 3,
                    double {|TG0010:ratio|} = -1.5,
                    string {|TG0010:label|} = "a \"quoted\" label",
                    Priority {|TG0010:priority|} = Priority.Normal,
                    bool {|TG0010:enabled|} = true,
                    decimal {|TG0010:money|} = 9.99m,
                    char {|TG0010:separator|} = ';',
                    int? maybe = null,
                    string? text = null,
                    int[]? ids = null,
                    CancellationToken ct = default) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }

    [Fact]
    public Task Open_maps_and_free_JSON_are_supported_and_only_lose_the_strict_form()
    {
        const string source = """
            using System.Text.Json;
            using System.Text.Json.Nodes;

            public enum Unit { Celsius, Fahrenheit }

            public partial class Maps
            {
                /// <summary>Maps.</summary>
                /// <param name="counts">c</param><param name="byUnit">u</param><param name="nested">n</param>
                [Tool]
                public string Tags({|TG0011:Dictionary<string, int>|} counts, IReadOnlyDictionary<Unit, decimal> byUnit, IDictionary<string, List<string>> nested) => "";

                /// <summary>Free JSON.</summary>
                /// <param name="value">v</param><param name="node">n</param>
                [Tool]
                public JsonElement Echo({|TG0011:JsonElement|} value, JsonNode? node) => value;

                /// <summary>Free objects and arrays.</summary>
                /// <param name="data">d</param><param name="items">i</param>
                [Tool]
                public JsonObject Shape({|TG0011:JsonObject|} data, JsonArray items) => data;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source);
    }
}
