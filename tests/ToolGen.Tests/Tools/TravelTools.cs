using System.Globalization;
using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ToolGen;

namespace ToolGen.Tests.Tools;

public enum CabinClass
{
    Economy,
    [Description("Extra legroom")]
    PremiumEconomy,
    [JsonStringEnumMemberName("business")]
    Business,
}

[Flags]
public enum Amenities
{
    None = 0,
    Wifi = 1,
    Meals = 2,
    Lounge = 4,
    All = Wifi | Meals | Lounge,
}

/// <summary>A traveller.</summary>
/// <param name="Name">Full name as on the passport.</param>
/// <param name="Age">Age in years.</param>
public record Passenger(
    [property: Description("Full name as on the passport.")] string Name,
    [property: Range(0, 120)] int Age,
    string? LoyaltyNumber = null);

/// <summary>Where and when to fly.</summary>
public class FlightQuery
{
    /// <summary>IATA code of the departure airport.</summary>
    [StringLength(3, MinimumLength = 3)]
    public required string From { get; init; }

    [StringLength(3, MinimumLength = 3)]
    public required string To { get; init; }

    public DateOnly Date { get; set; }

    public int? MaxStops { get; set; }

    public CabinClass Cabin { get; set; } = CabinClass.Economy;

    [MinLength(1), MaxLength(9)]
    public List<Passenger> Passengers { get; set; } = new();

    public List<string> Airlines { get; init; } = new() { "any" };

    [JsonPropertyName("flex_days")]
    public int FlexibleDays { get; set; } = 0;

    [JsonIgnore]
    public string Internal { get; set; } = "not from the model";

    public Amenities Wanted { get; set; }
}

public readonly record struct Money(decimal Amount, [property: RegularExpression("[A-Z]{3}")] string Currency);

public sealed record Flight(string Number, DateTimeOffset Departs, TimeSpan Duration, Money Price, Amenities Amenities)
{
    public string Summary => $"{Number} {Price.Amount} {Price.Currency}";
}

/// <summary>A comment with replies: a recursive type.</summary>
public sealed class Comment
{
    public string Text { get; set; } = "";

    public List<Comment> Replies { get; set; } = new();

    public Comment? Parent { get; set; }
}

public sealed record TableRequest(string Name, int? PartySize, string? Note);

public partial class TravelTools
{
    [Tool]
    public string BookTable(TableRequest request) => $"{request.Name}|{request.PartySize?.ToString() ?? "null"}|{request.Note ?? "null"}";

    /// <summary>Searches flights.</summary>
    /// <param name="query">Where and when.</param>
    [Tool]
    public Flight[] SearchFlights(FlightQuery query)
    {
        var price = new Money(100m * query.Passengers.Count, "EUR");
        return new[]
        {
            new Flight($"{query.From}{query.To}1", new DateTimeOffset(query.Date.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero), TimeSpan.FromMinutes(95), price, query.Wanted),
        };
    }

    [Tool]
    public string Describe(FlightQuery query) =>
        $"{query.From}>{query.To} {query.Date:yyyy-MM-dd} stops={query.MaxStops?.ToString() ?? "any"} {query.Cabin} " +
        $"[{string.Join(";", query.Passengers.Select(p => $"{p.Name}/{p.Age}/{p.LoyaltyNumber ?? "-"}"))}] " +
        $"airlines={string.Join(",", query.Airlines)} flex={query.FlexibleDays} internal={query.Internal} wanted={query.Wanted}";

    [Tool]
    public Money Convert(Money money, [AllowedValues("EUR", "USD", "GBP")] string to) => new(money.Amount * 2, to);

    [Tool]
    public int CountComments(Comment root) => 1 + root.Replies.Sum(r => CountComments(r));

    [Tool]
    public Comment Thread(int depth) => depth == 0 ? new Comment { Text = "leaf" } : new Comment { Text = "level " + depth, Replies = { Thread(depth - 1) } };

    [Tool]
    public string Tags(Dictionary<string, int> counts, IReadOnlyDictionary<CabinClass, decimal> prices) =>
        string.Join(",", counts.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}")) + "|" + string.Join(",", prices.Select(p => FormattableString.Invariant($"{p.Key}={p.Value}")));

    [Tool]
    public Dictionary<CabinClass, int> Seats() => new() { [CabinClass.Economy] = 120, [CabinClass.Business] = 12 };

    [Tool]
    public string Collections(HashSet<string> unique, ImmutableArray<int> numbers, IList<double> list, ICollection<long> collection, IReadOnlyCollection<byte> bytes, List<List<string>> nested) =>
        $"{string.Join(",", unique.Order())}|{string.Join(",", numbers)}|{string.Join(",", list.Select(d => d.ToString(CultureInfo.InvariantCulture)))}|{string.Join(",", collection)}|{string.Join(",", bytes)}|{string.Join(";", nested.Select(n => string.Join(",", n)))}";

    [Tool]
    public string Formats(Guid id, Uri site, DateTime at, DateTimeOffset when, DateOnly day, TimeOnly time, TimeSpan duration) =>
        $"{id}|{site}|{at:O}|{when:O}|{day:yyyy-MM-dd}|{time:HH:mm:ss}|{duration}";

    [Tool]
    public string Free(JsonElement anything, JsonNode? node) => anything.GetRawText() + "|" + (node?.ToJsonString() ?? "null");

    [Tool]
    public JsonElement Echo(JsonElement value) => value;

    [Tool]
    public Amenities Perks(Amenities wanted) => wanted | Amenities.Wifi;

    [Tool]
    public Amenities DefaultPerks(Amenities wanted = Amenities.Meals | Amenities.Lounge) => wanted;

    [Tool]
    public string Validated(
        [Range(1, 10)] int rating,
        [Range(0.5, 2.5)] double factor,
        [StringLength(5)] string code,
        [EmailAddress] string email,
        [Url] string homepage,
        [RegularExpression("[a-z]+-[0-9]+")] string slug,
        [DeniedValues("admin", "root")] string user,
        [MinLength(2), MaxLength(3)] int[] pair) => "ok";
}
