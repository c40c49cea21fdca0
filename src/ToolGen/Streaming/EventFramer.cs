using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Streaming;

/// <summary>
/// Cuts a streamed response body into events, whatever the chunking: server-sent events
/// (<see href="https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation">WHATWG,
/// "Interpreting an event stream"</see>), or, when the body starts with <c>[</c> or <c>{</c>, a sequence of JSON
/// values (Gemini's <c>streamGenerateContent</c> without <c>alt=sse</c> streams one JSON array of responses; a server
/// that answers with a plain JSON error body or newline-delimited JSON gives one event per top-level object).
/// </summary>
/// <remarks>
/// Each event is handed to the reader (<see cref="IStreamEvents"/>) as soon as its blank line is read, its data a span
/// valid only during that call: nothing is queued, whatever the chunk size. Lines end at LF, CR or CRLF (a CRLF cut
/// between two chunks counts once); only ASCII bytes are looked at, so a UTF-8 sequence cut between chunks is rejoined
/// untouched. A UTF-8 byte order mark at the start is skipped. Comments (<c>:</c> lines), <c>event:</c>, <c>id:</c>,
/// <c>retry:</c> and unknown fields are ignored (every provider's events name their type in their JSON); <c>data:</c> lines of one event are joined with <c>\n</c>; an event is dispatched
/// at the blank line that ends it, or by <see cref="End"/> when the body ends without one.
/// </remarks>
internal sealed class EventFramer
{
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private readonly ByteBuffer _line = new();
    private readonly ByteBuffer _data = new();
    private readonly JsonSequenceSplitter _json = new();
    private IStreamEvents? _reader;
    private string _provider = string.Empty;
    private ICollection<ChatStreamUpdate>? _updates;
    private bool _currentHasData;
    private bool _skipLineFeed;
    private int _byteOrderMarkSeen;
    private Mode _mode;
    private bool _finished;
    private bool _sawField;
    private string? _firstStrangeLine;

    private enum Mode
    {
        Undecided,
        ServerSentEvents,
        Json,
    }

    /// <summary>Reads the next bytes of the body and hands each event they complete to <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">The body or an event is not what <paramref name="provider"/> sends.</exception>
    public void Feed(ReadOnlySpan<byte> bytes, IStreamEvents reader, string provider, ICollection<ChatStreamUpdate> updates)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The body already ended.");
        }

        Bind(reader, provider, updates);
        if (_mode == Mode.Undecided)
        {
            bytes = Decide(bytes);
        }

        if (_mode == Mode.Json)
        {
            _json.Append(bytes, this);
        }
        else if (_mode == Mode.ServerSentEvents)
        {
            AppendLines(bytes);
        }
    }

    /// <summary>
    /// Ends the body: a last line without its line break, and a last event without its blank line, are completed and
    /// handed to <paramref name="reader"/>.
    /// </summary>
    /// <exception cref="FormatException">The body ended inside a JSON value, is not SSE at all, or an event is not what <paramref name="provider"/> sends.</exception>
    public void End(IStreamEvents reader, string provider, ICollection<ChatStreamUpdate> updates)
    {
        if (_finished)
        {
            return;
        }

        Bind(reader, provider, updates);
        _finished = true;
        if (_mode == Mode.Json)
        {
            _json.Finish();
            return;
        }

        var cutOff = _line.Length > 0 || _currentHasData;
        try
        {
            if (_line.Length > 0)
            {
                ProcessLine(_line.Span);
                _line.Clear();
            }

            Dispatch();
        }
        catch (FormatException ex) when (cutOff)
        {
            throw new FormatException("The " + provider + " stream ended in the middle of an event (the server stopped mid-stream): " + ex.Message, ex);
        }

        if (!_sawField && _firstStrangeLine is not null)
        {
            // Not one SSE line in the whole body (an HTML error page from a proxy, plain text): say so, not an empty turn.
            throw new FormatException("The response body is not server-sent events; it starts with: " + _firstStrangeLine);
        }
    }

    /// <summary>Whether an event's data is the <c>[DONE]</c> sentinel OpenAI-style servers send last.</summary>
    public static bool IsDone(ReadOnlySpan<byte> data) => data.SequenceEqual("[DONE]"u8);

    /// <summary>Called by the JSON splitter for each complete top-level value (or element of a top-level array).</summary>
    internal void AddJsonEvent(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        if (head.IsEmpty)
        {
            Deliver(tail); // the whole value in this chunk: no copy
            return;
        }

        _data.Clear();
        _data.Append(head);
        _data.Append(tail);
        Deliver(_data.Span);
        _data.Clear();
    }

    private void Bind(IStreamEvents reader, string provider, ICollection<ChatStreamUpdate> updates)
    {
        _reader = reader;
        _provider = provider;
        _updates = updates;
    }

    /// <summary>Hands one event's data to the reader; JSON it cannot parse is a format error naming the provider.</summary>
    private void Deliver(ReadOnlySpan<byte> data)
    {
        if (ByteBuffer.IsBlank(data))
        {
            return; // an empty data: line carries nothing
        }

        try
        {
            _reader!.Read(data, _updates!);
        }
        catch (JsonException ex)
        {
            throw StreamJson.NotJson(_provider, ex, data);
        }
    }

    /// <summary>Skips a byte order mark and leading whitespace, then picks the mode from the first other byte.</summary>
    private ReadOnlySpan<byte> Decide(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (_byteOrderMarkSeen < 3 && b == ByteOrderMark[_byteOrderMarkSeen])
            {
                _byteOrderMarkSeen++;
                i++;
                continue;
            }

            if (_byteOrderMarkSeen is > 0 and < 3)
            {
                throw new FormatException("The response body starts with bytes that are neither UTF-8 text nor a byte order mark.");
            }

            _byteOrderMarkSeen = 3;
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
                continue;
            }

            _mode = b is (byte)'[' or (byte)'{' ? Mode.Json : Mode.ServerSentEvents;
            break;
        }

        return bytes.Slice(i);
    }

    private void AppendLines(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (bytes[0] == (byte)'\n')
                {
                    bytes = bytes.Slice(1);
                    continue;
                }
            }

            var end = bytes.IndexOfAny((byte)'\r', (byte)'\n');
            if (end < 0)
            {
                _line.Append(bytes);
                return;
            }

            if (_line.Length == 0)
            {
                ProcessLine(bytes.Slice(0, end));
            }
            else
            {
                _line.Append(bytes.Slice(0, end));
                ProcessLine(_line.Span);
                _line.Clear();
            }

            _skipLineFeed = bytes[end] == (byte)'\r';
            bytes = bytes.Slice(end + 1);
        }
    }

    private void ProcessLine(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty)
        {
            Dispatch();
            return;
        }

        if (line[0] == (byte)':')
        {
            _sawField = true;
            return; // a comment, often a keep-alive
        }

        var colon = line.IndexOf((byte)':');
        var field = colon < 0 ? line : line.Slice(0, colon);
        var value = colon < 0 ? ReadOnlySpan<byte>.Empty : line.Slice(colon + 1);
        if (!value.IsEmpty && value[0] == (byte)' ')
        {
            value = value.Slice(1);
        }

        if (field.SequenceEqual("data"u8))
        {
            _sawField = true;
            if (_currentHasData)
            {
                _data.Append((byte)'\n');
            }

            _data.Append(value);
            _currentHasData = true;
        }
        else if (field.SequenceEqual("event"u8) || field.SequenceEqual("id"u8) || field.SequenceEqual("retry"u8))
        {
            // Nothing a reader of one response needs: every provider's events say what they are in their JSON.
            _sawField = true;
        }
        else if (_firstStrangeLine is null)
        {
            _firstStrangeLine = StreamJson.Excerpt(line.Length > 100 ? line.Slice(0, 100) : line);
        }
    }

    private void Dispatch()
    {
        if (_currentHasData)
        {
            Deliver(_data.Span);
        }

        _data.Clear();
        _currentHasData = false;
    }
}
