using System;
using System.Collections.Generic;
using System.Globalization;
using ToolGen;

namespace QuickStart.Tools;

/// <summary>A moment shown in two time zones.</summary>
/// <param name="FromZone">The zone the time was given in.</param>
/// <param name="FromTime">The time in <paramref name="FromZone"/>, with its UTC offset.</param>
/// <param name="ToZone">The zone it was converted to.</param>
/// <param name="ToTime">The same moment in <paramref name="ToZone"/>, with its UTC offset.</param>
/// <param name="Difference">How far apart the two zones' clocks are at that moment.</param>
public sealed record ConvertedTime(string FromZone, DateTimeOffset FromTime, string ToZone, DateTimeOffset ToTime, string Difference);

/// <summary>Time zone tools.</summary>
public partial class TimeTools
{
    // Used only when the machine has no time zone database (a slim container without tzdata): zones without daylight saving.
    private static readonly Dictionary<string, TimeSpan> FixedZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = TimeSpan.Zero,
        ["Etc/UTC"] = TimeSpan.Zero,
        ["Asia/Tokyo"] = TimeSpan.FromHours(9),
        ["Asia/Shanghai"] = TimeSpan.FromHours(8),
        ["Asia/Singapore"] = TimeSpan.FromHours(8),
        ["Asia/Kolkata"] = new TimeSpan(5, 30, 0),
        ["Asia/Dubai"] = TimeSpan.FromHours(4),
    };

    /// <summary>Converts a wall-clock time from one time zone to another, daylight saving included.</summary>
    /// <param name="time">The local time in <paramref name="fromZone"/>, without a UTC offset, e.g. 2025-03-14T09:00:00.</param>
    /// <param name="fromZone">IANA time zone of <paramref name="time"/>, e.g. Asia/Tokyo.</param>
    /// <param name="toZone">IANA time zone to convert to, e.g. Europe/Paris.</param>
    [Tool]
    public ConvertedTime ConvertTime(DateTime time, string fromZone, string toZone)
    {
        if (time.Kind != DateTimeKind.Unspecified)
        {
            throw new ToolException("Give \"time\" as a local wall-clock time without an offset or Z (e.g. 2025-03-14T09:00:00); the zone goes in \"fromZone\".");
        }

        var from = FindZone(fromZone, "fromZone");
        var to = FindZone(toZone, "toZone");
        if (from.IsInvalidTime(time))
        {
            throw new ToolException(time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " does not exist in " + fromZone + " (the clocks skip it for daylight saving).");
        }

        var fromTime = new DateTimeOffset(time, from.GetUtcOffset(time));
        var toTime = TimeZoneInfo.ConvertTime(fromTime, to);
        return new ConvertedTime(fromZone, fromTime, toZone, toTime, Describe(toTime.Offset - fromTime.Offset, fromZone, toZone));
    }

    private static TimeZoneInfo FindZone(string id, string parameter)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            if (FixedZones.TryGetValue(id, out var offset))
            {
                return TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
            }

            var noDatabase = TimeZoneInfo.GetSystemTimeZones().Count == 0;
            throw new ToolException(noDatabase
                ? "This machine has no time zone database, so \"" + id + "\" (" + parameter + ") cannot be converted; zones available: " + string.Join(", ", FixedZones.Keys) + "."
                : "Unknown time zone \"" + id + "\" (" + parameter + "); use an IANA id such as Europe/Paris or America/New_York.");
        }
    }

    private static string Describe(TimeSpan difference, string fromZone, string toZone)
    {
        if (difference == TimeSpan.Zero)
        {
            return toZone + " shows the same time as " + fromZone;
        }

        var amount = difference.Duration();
        var text = amount.Minutes == 0
            ? ((int)amount.TotalHours).ToString(CultureInfo.InvariantCulture) + " h"
            : ((int)amount.TotalHours).ToString(CultureInfo.InvariantCulture) + " h " + amount.Minutes.ToString(CultureInfo.InvariantCulture) + " min";
        return toZone + " is " + text + (difference > TimeSpan.Zero ? " ahead of " : " behind ") + fromZone;
    }
}
