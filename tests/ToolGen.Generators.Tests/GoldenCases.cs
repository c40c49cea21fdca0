namespace ToolGen.Generators.Tests;

/// <summary>
/// The user sources of the golden tests: one small, realistic tool class per supported shape. Each must compile
/// under C# 10 (the oldest version ToolGen supports), so none uses primary constructors, raw strings or the like.
/// </summary>
internal static class GoldenCases
{
    public const string StringCharBool = """
        using ToolGen;

        namespace Shop.Tools;

        public partial class TextTools
        {
            /// <summary>Finds products whose name contains a text.</summary>
            /// <param name="query">Part of the product name.</param>
            /// <param name="initial">Only names starting with this letter.</param>
            /// <param name="inStockOnly">Leave out products that are sold out.</param>
            [Tool]
            public string SearchProducts(string query, char initial, bool inStockOnly) =>
                query + initial + inStockOnly;

            [Tool]
            public bool IsPalindrome(string word) => word.Length < 2 || word[0] == word[word.Length - 1];

            [Tool]
            public char FirstLetter(string word) => word[0];
        }
        """;

    public const string IntegerTypes = """
        using ToolGen;

        namespace Telemetry;

        public partial class CounterTools
        {
            /// <summary>Records one sample of every counter width.</summary>
            [Tool]
            public void Record(sbyte delta, byte level, short offset, ushort port, int count, uint flags, long ticks, ulong bytes)
            {
            }

            [Tool]
            public long Sum(int a, long b) => a + b;

            [Tool]
            public ulong TotalBytes(uint packets, ushort packetSize) => (ulong)packets * packetSize;

            [Tool]
            public sbyte Sign(short value) => (sbyte)System.Math.Sign(value);

            [Tool]
            public byte Percent(byte done, byte total) => (byte)(done * 100 / total);
        }
        """;

    public const string FloatingPoint = """
        using ToolGen;

        namespace Finance;

        public partial class PriceTools
        {
            /// <summary>Converts an amount between currencies.</summary>
            [Tool]
            public decimal Convert(decimal amount, double rate) => amount * (decimal)rate;

            [Tool]
            public float Scale(float value, float factor) => value * factor;

            [Tool]
            public double Average(double[] values) => 0;
        }
        """;

    public const string Enums = """
        using System.Text.Json.Serialization;
        using ToolGen;

        namespace Weather;

        public enum TemperatureUnit
        {
            Celsius,
            Fahrenheit,
            [JsonStringEnumMemberName("kelvin (absolute)")]
            Kelvin,
        }

        public enum Visibility : byte
        {
            @public = 1,
            @private = 2,
            Shared = 4,
            Everyone = @public,
        }

        public partial class ForecastTools
        {
            /// <summary>Gets the temperature in a city.</summary>
            /// <param name="city">The city.</param>
            /// <param name="unit">The unit of the result.</param>
            [Tool]
            public double GetTemperature(string city, TemperatureUnit unit = TemperatureUnit.Celsius) => 21.5;

            [Tool]
            public Visibility Share(Visibility visibility = Visibility.@private, TemperatureUnit? preferred = null, TemperatureUnit fallback = TemperatureUnit.Kelvin) => visibility;

            [Tool]
            public TemperatureUnit[] Units(Visibility unnamed = (Visibility)8) => new[] { TemperatureUnit.Celsius };
        }
        """;

    public const string Nullables = """
        using System.Collections.Generic;
        using ToolGen;

        namespace Contacts;

        public enum Status
        {
            Active,
            Archived,
        }

        public partial class ContactTools
        {
            /// <summary>Updates a contact; omitted fields stay as they are.</summary>
            [Tool]
            public string Update(int id, string? name, int? age, Status? status, bool? favourite, double? rating, char? initial) => name ?? "";

            [Tool]
            public int? FindAge(string? name) => null;

            [Tool]
            public string? Nickname(long id) => null;

            [Tool]
            public Status? CurrentStatus(int id) => null;

            [Tool]
            public string Tags(string[]? tags, List<string?> notes, int?[]? scores) => "";
        }
        """;

    public const string Collections = """
        using System.Collections.Generic;
        using ToolGen;

        namespace Spreadsheet;

        public enum Align
        {
            Left,
            Right,
        }

        public partial class SheetTools
        {
            /// <summary>Writes cells into a sheet.</summary>
            /// <param name="rows">Rows of cells, top to bottom.</param>
            [Tool]
            public int WriteRows(List<int[]> rows, string[] headers, IReadOnlyList<Align> alignment, IEnumerable<double>? widths) => rows.Count;

            [Tool]
            public int Count(IList<string> a, ICollection<long> b, IReadOnlyCollection<bool> c, IEnumerable<char> d) => 0;

            [Tool]
            public List<List<string>> Transpose(string[][] grid) => new();

            [Tool]
            public IReadOnlyList<Align> Alignments(int columns) => new Align[columns];

            [Tool]
            public IEnumerable<decimal?> Totals(List<int?> values) => new decimal?[0];
        }
        """;

    public const string DefaultValues = """
        using ToolGen;

        namespace Defaults;

        public enum Level
        {
            Low,
            Medium,
            High,
        }

        public partial class DefaultTools
        {
            [Tool]
            public string Numbers(
                sbyte a = -5,
                byte b = 255,
                short c = -32768,
                ushort d = 7,
                int e = -42,
                uint f = 4000000000,
                long g = long.MinValue,
                ulong h = ulong.MaxValue,
                float i = -1.5f,
                double j = 0.1,
                decimal k = -12.50m,
                double l = 1e300,
                float m = 3.4028235e38f,
                double nan = double.NaN,
                double negativeInfinity = double.NegativeInfinity,
                int zero = default) => "";

            [Tool]
            public string Texts(
                string quoted = "say \"hi\"",
                string path = @"C:\temp\new",
                string lines = "line 1\nline 2\r\n\ttabbed",
                string unicode = "café ☕ 日本 \u2028 \u0085 \0",
                string closing = "*/ not a comment end",
                string empty = "",
                string? none = null,
                char apostrophe = '\'',
                char backslash = '\\',
                char quote = '"',
                char newline = '\n',
                char accented = 'é') => "";

            [Tool]
            public string Others(
                bool yes = true,
                bool no = false,
                Level level = Level.High,
                Level? maybe = null,
                Level? preferred = Level.Low,
                int? count = null,
                int? limit = 10,
                string[]? tags = null,
                bool flag = default) => "";
        }
        """;

    public const string CancellationTokens = """
        using System.Threading;
        using System.Threading.Tasks;
        using ToolGen;

        namespace Downloads;

        public partial class DownloadTools
        {
            /// <summary>Downloads a file.</summary>
            /// <param name="url">Where from.</param>
            /// <param name="cancellationToken">Never in the schema.</param>
            [Tool]
            public async Task<long> DownloadAsync(string url, CancellationToken cancellationToken)
            {
                await Task.Delay(1, cancellationToken);
                return 0;
            }

            [Tool]
            public void Cancel(CancellationToken token, int id, CancellationToken other = default)
            {
            }

            [Tool]
            public static ValueTask WaitAsync(CancellationToken ct) => default;
        }
        """;

    public const string ReturnTypes = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using ToolGen;

        namespace Results;

        public enum Color
        {
            Red,
            Green,
        }

        public partial class ResultTools
        {
            [Tool]
            public void Nothing()
            {
            }

            [Tool]
            public int Number() => 1;

            [Tool]
            public Task Later() => Task.CompletedTask;

            [Tool]
            public Task<double> LaterNumber() => Task.FromResult(1.5);

            [Tool]
            public ValueTask Quick() => default;

            [Tool]
            public ValueTask<bool> QuickFlag() => new(true);

            [Tool]
            public string Text() => "plain text, passed through";

            [Tool]
            public Task<string?> MaybeText() => Task.FromResult<string?>(null);

            [Tool]
            public int[] Numbers() => new[] { 1, 2 };

            [Tool]
            public ValueTask<string[]> Words() => new(new[] { "a" });

            [Tool]
            public Color Favourite() => Color.Green;

            [Tool]
            public Task<List<Color?>> Palette() => Task.FromResult(new List<Color?>());

            [Tool]
            public decimal? Price() => null;

            [Tool]
            public char Letter() => 'x';

            [Tool]
            public float[] Floats() => new float[0];
        }
        """;

    public const string StaticAndInstance = """
        using System.Threading.Tasks;
        using ToolGen;

        namespace Mixed;

        public partial class AccountTools
        {
            private int _balance;

            /// <summary>Deposits money.</summary>
            [Tool]
            public int Deposit(int amount) => _balance += amount;

            /// <summary>The bank's interest rate.</summary>
            [Tool]
            public static double InterestRate() => 0.02;

            [Tool]
            private int Balance() => _balance;

            [Tool]
            private static Task<string> BankName() => Task.FromResult("Bank");

            [Tool]
            internal void Reset() => _balance = 0;

            [Tool]
            protected internal string Owner() => "me";
        }
        """;

    public const string StaticClass = """
        using System.Threading.Tasks;
        using ToolGen;

        namespace Conversions;

        /// <summary>A static class cannot implement an interface: it gets a ToolSet property.</summary>
        public static partial class UnitTools
        {
            /// <summary>Converts Celsius to Fahrenheit.</summary>
            /// <param name="celsius">Degrees Celsius.</param>
            [Tool]
            public static double CelsiusToFahrenheit(double celsius) => (celsius * 9 / 5) + 32;

            [Tool]
            public static async ValueTask<string> ShoutAsync(string text)
            {
                await Task.Yield();
                return text.ToUpperInvariant();
            }

            [Tool]
            private static ValueTask Ping() => default;
        }
        """;

    public const string StructAndRecord = """
        using ToolGen;

        namespace Values;

        public partial struct CounterTools
        {
            private int _count;

            [Tool]
            public int Increment(int by = 1) => _count += by;

            [Tool]
            public static int Zero() => 0;
        }

        public partial record GreetingTools(string Greeting)
        {
            [Tool]
            public string Greet(string name) => Greeting + ", " + name;
        }

        public partial record struct PointTools(int X, int Y)
        {
            [Tool]
            public readonly int Distance(int x, int y) => System.Math.Abs(X - x) + System.Math.Abs(Y - y);
        }

        public sealed partial record class SealedTools
        {
            [Tool]
            public bool Ok() => true;
        }

        public readonly partial struct ReadOnlyTools
        {
            [Tool]
            public int Answer() => 42;
        }
        """;

    public const string GlobalNamespace = """
        using ToolGen;

        /// <summary>Tools in the global namespace.</summary>
        public partial class GlobalTools
        {
            [Tool]
            public string Echo(string text) => text;

            [Tool]
            public static int Twice(int value) => value * 2;
        }

        public static partial class GlobalStaticTools
        {
            [Tool]
            public static bool Always() => true;
        }
        """;

    public const string NestedTypes = """
        using ToolGen;

        namespace Travel
        {
            public partial class Agency
            {
                /// <summary>Flight tools, nested in their agency.</summary>
                public partial class FlightTools
                {
                    [Tool]
                    public string Book(string flight) => flight;
                }

                internal static partial class Helpers
                {
                    [Tool]
                    public static int Seats() => 3;
                }

                private partial struct Inner
                {
                    private partial class Deepest
                    {
                        [Tool]
                        public string Deep() => "deep";
                    }
                }
            }

            public static partial class Registry
            {
                public partial class Entries
                {
                    [Tool]
                    public int Count() => 0;
                }
            }
        }

        namespace Travel.Sub.Deeper
        {
            public partial record Outer
            {
                public partial record struct Leg
                {
                    [Tool]
                    public int Hours() => 2;
                }
            }
        }
        """;

    public const string KeywordNames = """
        using ToolGen;

        namespace Keywords;

        public enum @enum
        {
            @class,
            @default,
            @void,
            Normal,
        }

        public partial class KeywordTools
        {
            /// <summary>Classifies something.</summary>
            /// <param name="class">The class to use.</param>
            /// <param name="event">When it happened.</param>
            [Tool]
            public string Classify(string @class, int @event = 1, @enum @in = @enum.@default) => @class + @event;

            [Tool]
            public @enum @checked(@enum @enum, bool @bool, string @await, string @var) => @enum;

            [Tool]
            public static int @static(int @int) => @int;

            [Tool]
            public string __reader(string json, string call, string cancellationToken, string __error, string __a0) => json;
        }
        """;

    public const string Descriptions = """
        using System.Collections.Generic;
        using System.ComponentModel;
        using ToolGen;

        namespace Docs;

        public partial class DocumentedTools
        {
            /// <summary>
            /// Searches <see cref="List{T}"/> items with <c>Contains</c>, like "grep";
            /// see <paramref name="pattern"/>. Ends a C comment: */ and uses &amp; and &lt;tags&gt;.
            /// <para>Second paragraph with <see langword="null"/> and <see cref="System.String.Length"/>.</para>
            /// </summary>
            /// <param name="pattern">The "pattern", e.g. <c>a*b</c> or <c>*/</c>.</param>
            /// <param name="limit">At most this many; <see langword="true"/>-ish.</param>
            /// <returns>Matches.</returns>
            [Tool]
            public string[] Search(string pattern, int limit = 10) => new string[0];

            [Tool]
            [Description("From [Description]: \"quoted\", back\\slash, */ end.")]
            public string Attributed([Description("A city, e.g. \"Paris\".")] string city) => city;

            /// <summary>From the summary, overridden by the attribute.</summary>
            /// <param name="value">From the param tag, overridden by the attribute.</param>
            [Tool]
            [Description("From the attribute.")]
            public int Both([Description("Param from the attribute.")] int value) => value;

            /// <summary>Summary only.</summary>
            [Tool(Description = "From Tool.Description, which wins.")]
            public int Explicit(int value) => value;

            [Tool]
            public int Undocumented(int value) => value;

            /// <summary>
            ///   Multi-line     summary
            ///   with    extra     white space
            ///   and a <see href="https://example.com">link</see>.
            /// </summary>
            [Tool]
            public void Spaces()
            {
            }

            /// <summary>Unicode: café ☕ — “curly” quotes.</summary>
            [Tool]
            public void Unicode()
            {
            }
        }
        """;

    public const string ToolAttributeOptions = """
        using ToolGen;

        namespace Admin;

        public partial class AdminTools
        {
            [Tool("delete-user", Description = "Deletes a user \"forever\".", RequiresApproval = true)]
            public void DeleteUser(string userId)
            {
            }

            [Tool("GET_STOCK_PRICE")]
            public static decimal Price(string symbol) => 1m;

            [Tool(RequiresApproval = false)]
            public void Noop()
            {
            }

            [Tool(name: "named_argument", RequiresApproval = true)]
            public void Named()
            {
            }

            [Tool(Title = "List \"all\" users", ReadOnly = true, Destructive = false, OpenWorld = false)]
            public string ListUsers() => string.Empty;

            [Tool(Idempotent = true, RequiresApproval = true)]
            public void ResetPassword(string userId)
            {
            }
        }
        """;

    public const string DefaultNames = """
        using System.Threading.Tasks;
        using ToolGen;

        namespace Naming;

        public partial class NamingTools
        {
            [Tool]
            public int GetHTTPStatus(string url) => 200;

            [Tool]
            public Task<int> SearchFlightsAsync(string from) => Task.FromResult(0);

            [Tool]
            public int ParseXMLDocument2(string xml) => 0;

            [Tool]
            public int IOStream() => 0;

            [Tool]
            public int Already_snake() => 0;

            [Tool]
            public int Async() => 0;

            [Tool]
            public int lowercase() => 0;

            [Tool]
            public int Get2FACode() => 0;
        }
        """;

    public const string Objects = """
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Text.Json.Serialization;
        using ToolGen;

        namespace Booking;

        /// <summary>A traveller.</summary>
        /// <param name="Name">Full name.</param>
        public record Passenger(string Name, int Age, string? Loyalty = null);

        public readonly record struct Money(decimal Amount, string Currency);

        /// <summary>Where and when.</summary>
        public class Query
        {
            [JsonRequired]
            public string From { get; init; } = "";

            [JsonPropertyName("dest")]
            public string To { get; set; } = "";

            public int? MaxStops { get; set; }

            public List<Passenger> Passengers { get; init; } = new List<Passenger>();

            [JsonIgnore]
            public string Secret { get; set; } = "x";

            [Description("Seats wanted.")]
            public int Seats { get; set; } = 1;
        }

        public sealed class Offer
        {
            public Offer(string id, Money price)
            {
                Id = id;
                Price = price;
            }

            public string Id { get; }

            public Money Price { get; }

            public string Label => Id + " " + Price.Amount;
        }

        public partial class BookingTools
        {
            [Tool]
            public Offer[] Search(Query query) => new Offer[0];

            [Tool]
            public Money Quote(Query query, Money budget) => budget;
        }
        """;

    public const string Recursive = """
        using System.Collections.Generic;
        using ToolGen;

        namespace Forum;

        /// <summary>A comment with replies.</summary>
        public sealed class Comment
        {
            public string Text { get; set; } = "";

            public List<Comment> Replies { get; set; } = new List<Comment>();

            public Comment? Parent { get; set; }
        }

        public partial class ForumTools
        {
            [Tool]
            public int Count(Comment root) => 1;

            [Tool]
            public Comment Latest() => new Comment();
        }
        """;

    public const string Maps = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using ToolGen;

        namespace Inventory;

        public enum Warehouse { North, South }

        public partial class StockTools
        {
            [Tool]
            public int Total(Dictionary<string, int> counts, IReadOnlyDictionary<Warehouse, decimal> values, IDictionary<string, List<string>> tags) => 0;

            [Tool]
            public Dictionary<Warehouse, int> Levels() => new Dictionary<Warehouse, int>();

            [Tool]
            public int Unique(HashSet<string> skus, ImmutableArray<int> bins, ISet<long> ids) => 0;
        }
        """;

    public const string Formats = """
        using System;
        using ToolGen;

        namespace Calendar;

        public partial class CalendarTools
        {
            [Tool]
            public DateTimeOffset Schedule(Guid id, Uri link, DateTime at, DateTimeOffset when, DateOnly day, TimeOnly time, TimeSpan length, DateOnly? until = null) => when;

            [Tool]
            public TimeSpan Gap(DateOnly from, DateOnly to) => TimeSpan.Zero;

            [Tool]
            public Guid NewId() => Guid.Empty;
        }
        """;

    public const string FlagsAndFreeJson = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using ToolGen;

        namespace Settings;

        [Flags]
        public enum Permissions { None = 0, Read = 1, Write = 2, Delete = 4, ReadWrite = Read | Write }

        public partial class SettingsTools
        {
            [Tool]
            public Permissions Grant(Permissions wanted, Permissions? extra = null) => wanted;

            [Tool]
            public JsonElement Patch(JsonElement document, JsonNode? patch) => document;
        }
        """;

    public const string Validation = """
        using System.ComponentModel.DataAnnotations;
        using ToolGen;

        namespace Signup;

        public class Account
        {
            [StringLength(20, MinimumLength = 3)]
            [RegularExpression("[a-z0-9_]+")]
            public string User { get; set; } = "";

            [EmailAddress]
            public string Email { get; set; } = "";

            [Range(13, 120)]
            public int Age { get; set; }
        }

        public partial class SignupTools
        {
            [Tool]
            public bool Register(
                Account account,
                [Url] string homepage,
                [Range(0.0, 1.0)] double ratio,
                [MinLength(1), MaxLength(3)] string[] roles,
                [AllowedValues("free", "pro")] string plan,
                [DeniedValues("admin")] string nickname) => true;
        }
        """;

    public const string SpecialParameters = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using ToolGen;

        namespace Hosted;

        public interface IClock { DateTimeOffset Now { get; } }

        public partial class ClockTools
        {
            [Tool]
            public Task<string> Now([FromServices] IClock clock, ToolCallContext context, IServiceProvider services, CancellationToken ct, string format = "O") =>
                Task.FromResult(clock.Now.ToString(format));
        }
        """;

    public const string NamingOptions = """
        using ToolGen;

        [assembly: ToolGenOptions(PropertyNaming = NamingPolicy.SnakeCase, ToolNaming = NamingPolicy.KebabCase)]

        namespace Naming;

        public class Filter
        {
            public string FirstName { get; set; } = "";

            public int MaxResults { get; set; }
        }

        public partial class PeopleTools
        {
            [Tool]
            public int FindPeople(Filter searchFilter, bool includeArchived = false) => 0;

            [Tool("explicit_name")]
            public int Other() => 0;
        }
        """;

    /// <summary>Every case by name (the name of its golden test).</summary>
    public const string StructuredOutputs = """
        using System.Collections.Generic;
        using ToolGen;

        namespace Weather;

        public enum Sky
        {
            Clear,
            Cloudy,
            Rain,
        }

        /// <summary>A forecast for one city.</summary>
        [StructuredOutput]
        public partial record WeatherReport(string City, double Temperature, Sky Sky, List<DayForecast> Days)
        {
            /// <summary>Anything worth saying.</summary>
            public string? Note { get; init; }
        }

        public record DayForecast(string Day, int High, int Low = 0);

        [StructuredOutput(Name = "outline", Description = "A document outline.")]
        public partial class Outline
        {
            public string Title { get; set; } = "";

            public List<Outline> Children { get; set; } = new List<Outline>();
        }

        public partial class Agent
        {
            [StructuredOutput]
            public partial struct Verdict
            {
                public bool Approved { get; set; }

                public Dictionary<string, int>? Scores { get; set; }
            }
        }
        """;

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(StringCharBool)] = StringCharBool,
        [nameof(StructuredOutputs)] = StructuredOutputs,
        [nameof(IntegerTypes)] = IntegerTypes,
        [nameof(FloatingPoint)] = FloatingPoint,
        [nameof(Enums)] = Enums,
        [nameof(Nullables)] = Nullables,
        [nameof(Collections)] = Collections,
        [nameof(DefaultValues)] = DefaultValues,
        [nameof(CancellationTokens)] = CancellationTokens,
        [nameof(ReturnTypes)] = ReturnTypes,
        [nameof(StaticAndInstance)] = StaticAndInstance,
        [nameof(StaticClass)] = StaticClass,
        [nameof(StructAndRecord)] = StructAndRecord,
        [nameof(GlobalNamespace)] = GlobalNamespace,
        [nameof(NestedTypes)] = NestedTypes,
        [nameof(KeywordNames)] = KeywordNames,
        [nameof(Descriptions)] = Descriptions,
        [nameof(ToolAttributeOptions)] = ToolAttributeOptions,
        [nameof(DefaultNames)] = DefaultNames,
        [nameof(Objects)] = Objects,
        [nameof(Recursive)] = Recursive,
        [nameof(Maps)] = Maps,
        [nameof(Formats)] = Formats,
        [nameof(FlagsAndFreeJson)] = FlagsAndFreeJson,
        [nameof(Validation)] = Validation,
        [nameof(SpecialParameters)] = SpecialParameters,
        [nameof(NamingOptions)] = NamingOptions,
    };
}
