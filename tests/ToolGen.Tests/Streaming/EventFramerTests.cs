using System.Text;
using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// The framer against the WHATWG HTML standard, §9.2.6 "Interpreting an event stream", and the non-SSE bodies some
/// providers send (Gemini's streamGenerateContent without alt=sse: one JSON array). Every case runs in every chunking.
/// </summary>
public sealed class EventFramerTests
{
    [Fact]
    public void Each_event_is_dispatched_at_its_blank_line_and_its_name_is_not_needed()
    {
        Assert.Equal(new[] { "x", "y" }, Frame("event: a\ndata: x\n\ndata: y\n\n"));
    }

    [Fact]
    public void Data_lines_of_one_event_are_joined_with_a_line_feed()
    {
        Assert.Equal(new[] { "first\nsecond\n" }, Frame("data: first\ndata: second\ndata:\n\n"));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Every_line_break_of_the_standard_ends_a_line(string newline)
    {
        Assert.Equal(new[] { "1", "2" }, Frame("event: e" + newline + "data: 1" + newline + newline + "data: 2" + newline + newline));
    }

    [Fact]
    public void Only_one_space_after_the_colon_is_removed()
    {
        Assert.Equal(new[] { "x", " y" }, Frame("data:x\n\ndata:  y\n\n"));
    }

    [Fact]
    public void Comments_ids_retries_and_unknown_fields_are_ignored()
    {
        Assert.Equal(new[] { "x" }, Frame(": keep-alive\nid: 7\nretry: 1000\nfoo: bar\ndata: x\n\n: OPENROUTER PROCESSING\n\n"));
    }

    [Fact]
    public void An_event_without_data_or_with_blank_data_is_not_dispatched()
    {
        Assert.Equal(new[] { "x" }, Frame("event: ping\n\ndata:\n\ndata:  \n\ndata: x\n\n"));
    }

    [Fact]
    public void A_field_name_alone_is_an_empty_value()
    {
        Assert.Equal(new[] { "a\n" }, Frame("data: a\ndata\n\n"));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_skipped()
    {
        Assert.Equal(new[] { "x" }, Frame("\uFEFFdata: x\n\n"));
    }

    [Fact]
    public void The_last_event_is_flushed_at_the_end_without_its_blank_line_or_line_break()
    {
        Assert.Equal(new[] { "x", "y" }, Frame("data: x\n\ndata: y"));
        Assert.Equal(new[] { "z" }, Frame("data: z\n"));
    }

    [Fact]
    public void Multi_byte_text_cut_anywhere_comes_out_whole()
    {
        Assert.Equal(new[] { "héllo 世界 🌍" }, Frame("data: héllo 世界 🌍\n\n"));
    }

    [Theory]
    [InlineData("<html><body>502 Bad Gateway</body></html>\n")]
    [InlineData("Internal Server Error")]
    public void A_body_without_one_sse_line_is_a_format_exception_not_an_empty_turn(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        foreach (var cuts in Chunkings(bytes))
        {
            var ex = Assert.Throws<FormatException>(() => Run(bytes, cuts));
            Assert.Contains("not server-sent events; it starts with: " + body.TrimEnd('\n'), ex.Message);
        }
    }

    [Fact]
    public void Done_is_recognised()
    {
        Assert.True(EventFramer.IsDone("[DONE]"u8));
        Assert.False(EventFramer.IsDone("[DONE] "u8));
    }

    [Fact]
    public void A_json_array_body_gives_one_event_per_element()
    {
        // Gemini streamGenerateContent without alt=sse: "[{…}\r\n,\r\n{…}]" (brackets inside strings do not count).
        Assert.Equal(
            new[] { "{\"a\":[1,{\"b\":2}]}", "{\"c\":\"x]}\\\"{\"}" },
            Frame("[{\"a\":[1,{\"b\":2}]}\r\n,\r\n{\"c\":\"x]}\\\"{\"}]\r\n"));
    }

    [Fact]
    public void Json_objects_one_after_another_give_one_event_each()
    {
        // A plain JSON error body, or newline-delimited JSON.
        Assert.Equal(new[] { "{\"error\":{\"message\":\"m\"}}", "{\"x\":1}" }, Frame("  {\"error\":{\"message\":\"m\"}}\n{\"x\":1}\n"));
    }

    [Theory]
    [InlineData("[{\"a\":1},{\"b\":")]
    [InlineData("{\"a\":\"unterminated")]
    [InlineData("[1,2]")]
    [InlineData("[{\"a\":1}]]")]
    public void A_broken_json_body_is_a_format_exception(string body)
    {
        foreach (var cuts in Chunkings(Encoding.UTF8.GetBytes(body)))
        {
            var ex = Assert.Throws<FormatException>(() => Run(Encoding.UTF8.GetBytes(body), cuts));
            Assert.Contains("not a stream of JSON objects", ex.Message);
        }
    }

    private static List<string> Frame(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        List<string>? first = null;
        foreach (var cuts in Chunkings(bytes))
        {
            var events = Run(bytes, cuts);
            if (first is null)
            {
                first = events;
            }
            else
            {
                Assert.Equal(first, events);
            }
        }

        return first!;
    }

    private static IEnumerable<IEnumerable<int>> Chunkings(byte[] bytes)
    {
        yield return StreamKit.Whole(bytes);
        yield return StreamKit.OneByteAtATime(bytes);
        yield return StreamKit.RandomCuts(bytes.Length, 3);
        yield return StreamKit.RandomCuts(bytes.Length, 5);
    }

    private static List<string> Run(byte[] bytes, IEnumerable<int> cuts)
    {
        var framer = new EventFramer();
        var events = new Collector();
        var updates = new List<ChatStreamUpdate>();
        var at = 0;
        foreach (var cut in cuts)
        {
            framer.Feed(bytes.AsSpan(at, cut - at), events, "Test", updates);
            at = cut;
        }

        framer.End(events, "Test", updates);
        return events.Data;
    }

    private sealed class Collector : IStreamEvents
    {
        public List<string> Data { get; } = new();

        public void Read(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates) => Data.Add(Encoding.UTF8.GetString(data));
    }
}
