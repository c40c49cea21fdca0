using System.Globalization;
using System.Text;
using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// Feeds a response body to a stream reader in every chunking (whole, one byte at a time, random cuts from fixed
/// seeds) and checks that every chunking yields the same updates, written as one line each.
/// </summary>
internal static class StreamKit
{
    private static readonly int[] Seeds = { 1, 7, 42, 1234, 99991 };

    /// <summary>The updates of <paramref name="body"/> fed whole, after checking every other chunking gives the same.</summary>
    public static List<string> Read(Func<ChatStreamReader> create, string body) => Read(create, Encoding.UTF8.GetBytes(body));

    public static List<string> Read(Func<ChatStreamReader> create, byte[] body)
    {
        var whole = Transcript(create(), body, Whole(body));
        AssertSame(whole, Transcript(create(), body, OneByteAtATime(body)), "one byte at a time");
        foreach (var seed in Seeds)
        {
            AssertSame(whole, Transcript(create(), body, RandomCuts(body.Length, seed)), "random cuts, seed " + seed);
        }

        return whole;
    }

    /// <summary>Reads the body whole and returns the reader, for checks of its final state.</summary>
    public static T ReadWhole<T>(T reader, string body)
        where T : ChatStreamReader
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Transcript(reader, bytes, Whole(bytes));
        return reader;
    }

    /// <summary>The exception a body raises; the same type and message in every chunking.</summary>
    public static Exception Fails(Func<ChatStreamReader> create, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var whole = Record.Exception(() => Transcript(create(), bytes, Whole(bytes)));
        Assert.NotNull(whole);
        var byByte = Record.Exception(() => Transcript(create(), bytes, OneByteAtATime(bytes)));
        Assert.NotNull(byByte);
        Assert.Equal(whole!.GetType(), byByte!.GetType());
        Assert.Equal(whole.Message, byByte.Message);
        return whole;
    }

    public static List<string> Transcript(ChatStreamReader reader, byte[] body, IEnumerable<int> cuts)
    {
        var updates = new List<ChatStreamUpdate>();
        var at = 0;
        foreach (var cut in cuts)
        {
            reader.Feed(body.AsSpan(at, cut - at), updates);
            at = cut;
        }

        reader.Complete(updates);
        return updates.Select(Describe).ToList();
    }

    public static string Describe(ChatStreamUpdate update) => update.Kind switch
    {
        ChatStreamUpdateKind.TextDelta => "text " + update.Text,
        ChatStreamUpdateKind.ReasoningDelta => "reasoning " + update.Text,
        ChatStreamUpdateKind.ToolCall => "call " + update.ToolCall!.Id + " " + update.ToolCall.Name + " " + update.ToolCall.ArgumentsText,
        _ => "finished " + (update.FinishReason ?? "-") + " " + (update.Usage is null ? "-" : update.Usage.ToString()),
    };

    /// <summary>Cut points (ends of chunks) for the body in one piece.</summary>
    public static IEnumerable<int> Whole(byte[] body) => new[] { body.Length };

    public static IEnumerable<int> OneByteAtATime(byte[] body) => Enumerable.Range(1, body.Length);

    public static IEnumerable<int> RandomCuts(int length, int seed)
    {
        var random = new Random(seed);
        var at = 0;
        while (at < length)
        {
            at = Math.Min(length, at + random.Next(1, 24));
            yield return at;
        }
    }

    /// <summary>SSE body from <c>data:</c> payloads, one event each, with the given line break.</summary>
    public static string Sse(string newline, params string[] payloads) =>
        string.Concat(payloads.Select(p => "data: " + p + newline + newline));

    private static void AssertSame(List<string> expected, List<string> actual, string chunking)
    {
        Assert.True(
            expected.SequenceEqual(actual),
            "Chunking \"" + chunking + "\" gave other updates.\nwhole:\n  " + string.Join("\n  ", expected) + "\n" + chunking + ":\n  " + string.Join("\n  ", actual));
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
