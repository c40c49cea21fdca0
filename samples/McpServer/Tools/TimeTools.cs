using System;
using System.Globalization;
using ToolGen;

namespace McpServerSample.Tools;

/// <summary>The current time in a zone.</summary>
/// <param name="Zone">The IANA time zone.</param>
/// <param name="Time">The local time there, with its UTC offset.</param>
/// <param name="IsDaylightSaving">Whether the zone is on daylight saving time.</param>
public sealed record ZoneTime(string Zone, DateTimeOffset Time, bool IsDaylightSaving);

/// <summary>A moment shown in two time zones.</summary>
/// <param name="FromZone">The zone the time was given in.</param>
/// <param name="FromTime">The time in that zone, with its UTC offset.</param>
/// <param name="ToZone">The zone it was converted to.</param>
/// <param name="ToTime">The same moment in that zone, with its UTC offset.</param>
public sealed record ConvertedTime(string FromZone, DateTimeOffset FromTime, string ToZone, DateTimeOffset ToTime);

/// <summary>Time zone tools (IANA ids, daylight saving included).</summary>
public partial class TimeTools
{
    /// <summary>Tells the current time in a time zone.</summary>
    /// <param name="zone">IANA time zone, e.g. Europe/Paris; UTC by default.</param>
    [Tool(Title = "Current time", ReadOnly = true, OpenWorld = false)]
    public ZoneTime CurrentTime(string zone = "UTC")
    {
        var info = FindZone(zone);
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, info);
        return new ZoneTime(zone, now, info.IsDaylightSavingTime(now));
    }

    /// <summary>Converts a wall-clock time from one time zone to another.</summary>
    /// <param name="time">The local time in fromZone, without a UTC offset, e.g. 2025-03-14T09:00:00.</param>
    /// <param name="fromZone">IANA time zone of the time, e.g. Asia/Tokyo.</param>
    /// <param name="toZone">IANA time zone to convert to, e.g. Europe/Paris.</param>
    [Tool(Title = "Convert a time", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    public ConvertedTime ConvertTime(DateTime time, string fromZone, string toZone)
    {
        if (time.Kind != DateTimeKind.Unspecified)
        {
            throw new ToolException("Give \"time\" as a local wall-clock time without an offset or Z; the zone goes in \"fromZone\".");
        }

        var from = FindZone(fromZone);
        var to = FindZone(toZone);
        if (from.IsInvalidTime(time))
        {
            throw new ToolException(time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " does not exist in " + fromZone + " (the clocks skip it for daylight saving).");
        }

        var fromTime = new DateTimeOffset(time, from.GetUtcOffset(time));
        return new ConvertedTime(fromZone, fromTime, toZone, TimeZoneInfo.ConvertTime(fromTime, to));
    }

    private static TimeZoneInfo FindZone(string id)
    {
        if (string.Equals(id, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ToolException(TimeZoneInfo.GetSystemTimeZones().Count == 0
                ? "This machine has no time zone database; only UTC is available."
                : "Unknown time zone \"" + id + "\"; use an IANA id such as Europe/Paris or America/New_York.");
        }
    }
}
