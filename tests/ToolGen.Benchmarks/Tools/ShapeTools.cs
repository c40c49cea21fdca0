using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;

namespace ToolGen.Benchmarks.Tools;

/// <summary>A kind of place to visit.</summary>
public enum PlaceCategory
{
    /// <summary>Museums and galleries.</summary>
    Museums,

    /// <summary>Parks and gardens.</summary>
    Parks,

    /// <summary>Restaurants and cafés.</summary>
    Food,

    /// <summary>Viewpoints and towers.</summary>
    Views,
}

/// <summary>The argument of <see cref="ShapeTools.ScheduleMeeting"/>: a DateOnly, a nullable int and a List.</summary>
/// <param name="Title">What the meeting is about.</param>
/// <param name="Day">The day.</param>
/// <param name="DurationMinutes">The length; the calendar's default when omitted.</param>
/// <param name="Attendees">Who is invited.</param>
public sealed record Meeting(
    [property: Description("What the meeting is about")] string Title,
    [property: Description("Day of the meeting")] DateOnly Day,
    [property: Description("Length in minutes; the calendar's default when omitted")] int? DurationMinutes,
    [property: Description("Names or addresses of the people invited")] List<string> Attendees);

/// <summary>What <see cref="ShapeTools.FindPlaces"/> returns: a record holding a string array.</summary>
/// <param name="City">The city asked for.</param>
/// <param name="Category">The kind of place.</param>
/// <param name="Names">The places found.</param>
public sealed record PlaceList(string City, PlaceCategory Category, string[] Names);

/// <summary>One stop of <see cref="ShapeTools.PlanRoute"/>.</summary>
/// <param name="Name">The place.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lon">Longitude in degrees.</param>
public sealed record Stop(
    [property: Description("Name of the place")] string Name,
    [property: Description("Latitude in degrees")] double Lat,
    [property: Description("Longitude in degrees")] double Lon);

/// <summary>What <see cref="ShapeTools.PlanRoute"/> returns.</summary>
/// <param name="Stops">How many stops the route has.</param>
/// <param name="Kilometres">Its length.</param>
/// <param name="Mode">How it is travelled.</param>
public sealed record RoutePlan(int Stops, double Kilometres, string Mode);

/// <summary>
/// The four shapes issue 18 adds to issue 7's (<see cref="BenchTools"/>), each a tool as real projects write them.
/// Like <see cref="BenchTools"/>, the bodies are trivial and <c>NoInlining</c>: the plumbing is what is measured.
/// </summary>
public sealed partial class ShapeTools
{
    private static readonly string[] s_museums = { "Pinacoteca", "MASP", "Museu do Ipiranga", "Museu Afro Brasil", "Museu da Língua Portuguesa" };
    private static readonly string[] s_other = { "Ibirapuera", "Parque Trianon", "Jardim Botânico" };

    /// <summary>Shape (a): a record holding a DateOnly, a nullable int and a List&lt;string&gt; in; text out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [Tool("schedule_meeting")]
    [Description("Schedules a meeting and invites the attendees.")]
    public string ScheduleMeeting([Description("The meeting to schedule")] Meeting meeting) =>
        meeting.Attendees.Count > 3 && meeting.DurationMinutes is not null ? "Scheduled; invitations sent." : "Scheduled.";

    /// <summary>Shape (b): five parameters, long multi-line strings, an optional string[] and a bool; an int out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [Tool("send_email")]
    [Description("Sends an email and returns its message number.")]
    public int SendEmail(
        [Description("Recipient address")] string to,
        [Description("Subject line")] string subject,
        [Description("Body text; may span several lines")] string body,
        [Description("Addresses to copy")] string[]? cc = null,
        [Description("Whether to flag the email as urgent")] bool urgent = false) =>
        to.Length + subject.Length + body.Length + (cc?.Length ?? 0) + (urgent ? 1 : 0);

    /// <summary>Shape (c): a string, an enum and an optional int in; a record holding a string[] out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [Tool("find_places")]
    [Description("Finds places of one kind to visit in a city.")]
    public PlaceList FindPlaces(
        [Description("City name")] string city,
        [Description("Kind of place")] PlaceCategory category,
        [Description("Most places to return"), Range(1, 5)] int limit = 3) =>
        new(city, category, (category == PlaceCategory.Museums ? s_museums : s_other).AsSpan(0, Math.Min(limit, category == PlaceCategory.Museums ? 5 : 3)).ToArray());

    /// <summary>Shape (d): an array of records and a dictionary in; a record out.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    [Tool("plan_route")]
    [Description("Plans a route through the stops, in order.")]
    public RoutePlan PlanRoute(
        [Description("The stops, in visiting order")] Stop[] stops,
        [Description("Routing preferences, such as mode and what to avoid")] Dictionary<string, string> preferences) =>
        new(stops.Length, stops.Length * 1.25, preferences.TryGetValue("mode", out var mode) ? mode : "driving");
}
