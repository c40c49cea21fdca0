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
/// Push bytes with <see cref="Append"/>, then pull every completed event with <see cref="TryRead"/> before appending
/// again: the spans it gives stay valid until the next call. Lines end at LF, CR or CRLF (a CRLF cut between two
/// chunks counts once); only ASCII bytes are looked at, so a UTF-8 sequence cut between chunks is rejoined untouched.
/// A UTF-8 byte order mark at the start is skipped. Comments (<c>:</c> lines), <c>id:</c>, <c>retry:</c> and unknown
/// fields are ignored; <c>data:</c> lines of one event are joined with <c>\n</c>; an event is dispatched at the blank
/// line that ends it, or by <see cref="Finish"/> when the body ends without one.
/// </remarks>
internal sealed class EventFramer
{
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private readonly ByteBuffer _line = new();
    private readonly ByteBuffer _ready = new();
    private readonly ByteBuffer _names = new();
    private readonly ByteBuffer _currentName = new();
    private readonly List<Entry> _entries = new();
    private readonly JsonSequenceSplitter _json = new();
    private int _readIndex;
    private int _currentStart;
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

    /// <summary>Whether the body is a JSON sequence rather than server-sent events (decided by its first byte).</summary>
    public bool IsJson => _mode == Mode.Json;

    /// <summary>Reads the next bytes of the body.</summary>
    /// <exception cref="FormatException">The body is a JSON sequence whose structure is broken.</exception>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The body already ended.");
        }

        Compact();
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

    /// <summary>The body ended: a last line without its line break, and a last event without its blank line, are completed.</summary>
    /// <exception cref="FormatException">The body ended inside a JSON value.</exception>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        Compact();
        _finished = true;
        if (_mode == Mode.Json)
        {
            _json.Finish();
            return;
        }

        if (_line.Length > 0)
        {
            ProcessLine(_line.Span);
            _line.Clear();
        }

        Dispatch();
        if (!_sawField && _firstStrangeLine is not null)
        {
            // Not one SSE line in the whole body (an HTML error page from a proxy, plain text): say so, not an empty turn.
            throw new FormatException("The response body is not server-sent events; it starts with: " + _firstStrangeLine);
        }
    }

    /// <summary>Reads the next bytes of the body and hands each event they complete to <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">The body or an event is not what <paramref name="provider"/> sends.</exception>
    public void Feed(ReadOnlySpan<byte> bytes, IStreamEvents reader, string provider, ICollection<ChatStreamUpdate> updates)
    {
        Append(bytes);
        Deliver(reader, provider, updates);
    }

    /// <summary>Ends the body and hands the events still pending to <paramref name="reader"/>.</summary>
    /// <exception cref="FormatException">The body or an event is not what <paramref name="provider"/> sends.</exception>
    public void End(IStreamEvents reader, string provider, ICollection<ChatStreamUpdate> updates)
    {
        Finish();
        Deliver(reader, provider, updates);
    }

    /// <summary>The next completed event, if any: its <c>event:</c> name (empty when none) and its data.</summary>
    public bool TryRead(out ReadOnlySpan<byte> eventName, out ReadOnlySpan<byte> data)
    {
        if (_readIndex >= _entries.Count)
        {
            eventName = default;
            data = default;
            return false;
        }

        var entry = _entries[_readIndex++];
        eventName = _names.Span.Slice(entry.NameStart, entry.NameLength);
        data = _ready.Span.Slice(entry.DataStart, entry.DataLength);
        return true;
    }

    private void Deliver(IStreamEvents reader, string provider, ICollection<ChatStreamUpdate> updates)
    {
        while (TryRead(out _, out var data))
        {
            if (ByteBuffer.IsBlank(data))
            {
                continue; // an empty data: line carries nothing
            }

            try
            {
                reader.Read(data, updates);
            }
            catch (JsonException ex)
            {
                throw StreamJson.NotJson(provider, ex, data);
            }
        }
    }

    /// <summary>Whether an event's data is the <c>[DONE]</c> sentinel OpenAI-style servers send last.</summary>
    public static bool IsDone(ReadOnlySpan<byte> data) => data.SequenceEqual("[DONE]"u8);

    /// <summary>Called by the JSON splitter for each complete top-level value (or element of a top-level array).</summary>
    internal void AddJsonEvent(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        var start = _ready.Length;
        _ready.Append(head);
        _ready.Append(tail);
        _entries.Add(new Entry(_names.Length, 0, start, _ready.Length - start));
        _currentStart = _ready.Length;
    }

    /// <summary>Forgets the events already read, keeping the event in progress.</summary>
    private void Compact()
    {
        if (_readIndex < _entries.Count || _entries.Count == 0)
        {
            return;
        }

        _entries.Clear();
        _readIndex = 0;
        _names.Clear();
        _ready.Discard(_currentStart);
        _currentStart = 0;
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
                _ready.Append((byte)'\n');
            }

            _ready.Append(value);
            _currentHasData = true;
        }
        else if (field.SequenceEqual("event"u8))
        {
            _sawField = true;
            _currentName.Clear();
            _currentName.Append(value);
        }
        else if (field.SequenceEqual("id"u8) || field.SequenceEqual("retry"u8))
        {
            _sawField = true; // nothing a reader of one response needs
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
            var nameStart = _names.Length;
            _names.Append(_currentName.Span);
            _entries.Add(new Entry(nameStart, _currentName.Length, _currentStart, _ready.Length - _currentStart));
            _currentStart = _ready.Length;
        }
        else
        {
            _ready.Truncate(_currentStart);
        }

        _currentHasData = false;
        _currentName.Clear();
    }

    private readonly struct Entry
    {
        public Entry(int nameStart, int nameLength, int dataStart, int dataLength)
        {
            NameStart = nameStart;
            NameLength = nameLength;
            DataStart = dataStart;
            DataLength = dataLength;
        }

        public int NameStart { get; }

        public int NameLength { get; }

        public int DataStart { get; }

        public int DataLength { get; }
    }
}
