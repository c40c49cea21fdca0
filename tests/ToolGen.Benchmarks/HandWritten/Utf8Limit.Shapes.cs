using System;
using System.Collections.Generic;
using System.Text.Json;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.HandWritten;

/// <summary>The four shapes issue 18 adds (<see cref="ShapeTools"/>).</summary>
public sealed partial class Utf8Limit
{
    private string? ScheduleMeeting(ref Utf8JsonReader reader)
    {
        Meeting? meeting = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("meeting"u8))
            {
                reader.Read();
                if (!ReadMeeting(ref reader, out meeting))
                {
                    return null;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        return meeting is null ? null : _shapes.ScheduleMeeting(meeting);
    }

    private static bool ReadMeeting(ref Utf8JsonReader reader, out Meeting meeting)
    {
        meeting = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? title = null;
        DateOnly day = default;
        var seenDay = false;
        int? duration = null;
        List<string>? attendees = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                if (!String(ref reader, out title))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("day"u8))
            {
                reader.Read();
                if (!Date(ref reader, out day))
                {
                    return false;
                }

                seenDay = true;
            }
            else if (reader.ValueTextEquals("durationMinutes"u8))
            {
                reader.Read();
                if (!NullableInt(ref reader, out duration))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("attendees"u8))
            {
                reader.Read();
                if (!StringList(ref reader, out attendees))
                {
                    return false;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        if (title is null || !seenDay || attendees is null)
        {
            return false;
        }

        meeting = new Meeting(title, day, duration, attendees);
        return true;
    }

    private string? SendEmail(ref Utf8JsonReader reader)
    {
        string? to = null, subject = null, body = null;
        string[]? cc = null;
        var urgent = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("to"u8))
            {
                reader.Read();
                if (!String(ref reader, out to))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("subject"u8))
            {
                reader.Read();
                if (!String(ref reader, out subject))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("body"u8))
            {
                reader.Read();
                if (!String(ref reader, out body))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("cc"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null && !Strings(ref reader, out cc))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("urgent"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null && !Boolean(ref reader, out urgent))
                {
                    return null;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        return to is null || subject is null || body is null ? null : Number(_shapes.SendEmail(to, subject, body, cc, urgent));
    }

    private string? FindPlaces(ref Utf8JsonReader reader)
    {
        string? city = null;
        var category = -1;
        var limit = 3;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("city"u8))
            {
                reader.Read();
                if (!String(ref reader, out city))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("category"u8))
            {
                reader.Read();
                category = reader.TokenType != JsonTokenType.String ? -1
                    : reader.ValueTextEquals("Museums"u8) ? 0
                    : reader.ValueTextEquals("Parks"u8) ? 1
                    : reader.ValueTextEquals("Food"u8) ? 2
                    : reader.ValueTextEquals("Views"u8) ? 3 : -1;
                if (category < 0)
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("limit"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Null
                    && (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out limit) || limit < 1 || limit > 5))
                {
                    return null;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        if (city is null || category < 0)
        {
            return null;
        }

        var places = _shapes.FindPlaces(city, (PlaceCategory)category, limit);
        var writer = RentWriter();
        writer.WriteStartObject();
        writer.WriteString(s_city, places.City);
        writer.WriteString(s_category, s_categories[(int)places.Category]);
        writer.WriteStartArray(s_names);
        foreach (var name in places.Names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        return Text(writer);
    }

    private string? PlanRoute(ref Utf8JsonReader reader)
    {
        Stop[]? stops = null;
        Dictionary<string, string>? preferences = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("stops"u8))
            {
                reader.Read();
                if (!ReadStops(ref reader, out stops))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("preferences"u8))
            {
                reader.Read();
                if (!ReadPreferences(ref reader, out preferences))
                {
                    return null;
                }
            }
            else
            {
                Skip(ref reader);
            }
        }

        if (stops is null || preferences is null)
        {
            return null;
        }

        var plan = _shapes.PlanRoute(stops, preferences);
        var writer = RentWriter();
        writer.WriteStartObject();
        writer.WriteNumber(s_stops, plan.Stops);
        writer.WritePropertyName(s_kilometres);
        Number(writer, plan.Kilometres);
        writer.WriteString(s_mode, plan.Mode);
        writer.WriteEndObject();
        return Text(writer);
    }

    private static bool ReadStops(ref Utf8JsonReader reader, out Stop[] stops)
    {
        stops = null!;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!ReadStop(ref reader, out var stop))
            {
                Scratch<Stop>.Clear(count);
                return false;
            }

            Scratch<Stop>.Set(count++, stop);
        }

        stops = count == 0 ? Array.Empty<Stop>() : Scratch<Stop>.Take(count);
        return true;
    }

    private static bool ReadStop(ref Utf8JsonReader reader, out Stop stop)
    {
        stop = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? name = null;
        double lat = 0, lon = 0;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("name"u8))
            {
                reader.Read();
                if (!String(ref reader, out name))
                {
                    return false;
                }
            }
            else if (reader.ValueTextEquals("lat"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out lat))
                {
                    return false;
                }

                seen |= 1;
            }
            else if (reader.ValueTextEquals("lon"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out lon))
                {
                    return false;
                }

                seen |= 2;
            }
            else
            {
                Skip(ref reader);
            }
        }

        if (name is null || seen != 3)
        {
            return false;
        }

        stop = new Stop(name, lat, lon);
        return true;
    }

    private static bool ReadPreferences(ref Utf8JsonReader reader, out Dictionary<string, string> preferences)
    {
        preferences = null!;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (!String(ref reader, out var value))
            {
                Scratch<KeyValuePair<string, string>>.Clear(count);
                return false;
            }

            Scratch<KeyValuePair<string, string>>.Set(count++, new KeyValuePair<string, string>(key, value));
        }

        preferences = new Dictionary<string, string>(count);
        for (var i = 0; i < count; i++)
        {
            var pair = Scratch<KeyValuePair<string, string>>.Get(i);
            preferences[pair.Key] = pair.Value;
        }

        Scratch<KeyValuePair<string, string>>.Clear(count);
        return true;
    }
}
