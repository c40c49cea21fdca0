namespace ToolGen.Benchmarks.Tools;

/// <summary>
/// The eight shapes of issue 18: issue 7's four calls (<see cref="Calls"/>, compact as OpenAI models write them)
/// and four more written as models also send arguments: spaces after colons, indented objects, escaped quotes,
/// new lines and tabs in long strings, <c>\u</c> escapes and raw non-ASCII text.
/// </summary>
public static class ShapeCalls
{
    /// <summary>Shape (a): a record with a DateOnly, a nullable int and a List&lt;string&gt;; indented, raw and escaped non-ASCII.</summary>
    public static readonly CallSample ScheduleMeeting = new(
        "ScheduleMeeting",
        "schedule_meeting",
        """
        {
          "meeting": {
            "title": "Quarterly review \u2014 Zürich office",
            "day": "2025-09-18",
            "durationMinutes": 90,
            "attendees": ["Anaïs Dubois", "J\u00f6rg M\u00fcller", "李小龍", "sam@example.com", "Priya Raman"]
          }
        }
        """);

    /// <summary>Shape (b): five parameters, a multi-line body full of escapes, an optional string[] and a bool.</summary>
    public static readonly CallSample SendEmail = new(
        "SendEmail",
        "send_email",
        """{"to": "team@example.com", "subject": "Launch moved \u2192 Friday (\"v2.1\")", "body": "Hi team,\n\nThe \"v2.1\" launch moved to Friday 14:00 CET.\n\tAgenda:\n\t1. Demo \u2014 checkout flow\n\t2. Rollback plan (see C:\\ops\\runbook.md)\n\t3. Q&A\n\nPlease reply by Thursday if you can't make it.\n\nThanks,\nAna\u00efs", "cc": ["jorg@example.com", "priya@example.com"], "urgent": true}""");

    /// <summary>Shape (c): a string, an enum and an optional int; a record holding a string[] out, with non-ASCII text.</summary>
    public static readonly CallSample FindPlaces = new(
        "FindPlaces",
        "find_places",
        """{"city": "São Paulo", "category": "Museums", "limit": 4}""");

    /// <summary>Shape (d): an array of records and a dictionary.</summary>
    public static readonly CallSample PlanRoute = new(
        "PlanRoute",
        "plan_route",
        """
        {"stops": [
          {"name": "Gare du Nord", "lat": 48.8809, "lon": 2.3553},
          {"name": "Mus\u00e9e d'Orsay", "lat": 48.86, "lon": 2.3266},
          {"name": "Tour Eiffel", "lat": 48.8584, "lon": 2.2945}
        ], "preferences": {"mode": "walking", "avoid": "stairs"}}
        """);

    /// <summary>The four new shapes.</summary>
    public static readonly CallSample[] New = { ScheduleMeeting, SendEmail, FindPlaces, PlanRoute };

    /// <summary>All eight, issue 7's first.</summary>
    public static readonly CallSample[] All = { Calls.StockPrice, Calls.Weather, Calls.BookTable, Calls.SearchProducts, ScheduleMeeting, SendEmail, FindPlaces, PlanRoute };
}
