using System;
using System.Text.Json;

namespace ToolGen.Benchmarks.Codecs;

/// <summary>One call as the limit readers give it: id, name and arguments, each as UTF-8 bytes.</summary>
internal readonly record struct LimitCall(ReadOnlyMemory<byte> Id, ReadOnlyMemory<byte> Name, ReadOnlyMemory<byte> Arguments);

/// <summary>What a limit reader extracts: the calls, the text (streams) and the finish reason, all UTF-8.</summary>
internal sealed class LimitResult
{
    public LimitCall[] Calls = new LimitCall[8];
    public int Count;
    public ReadOnlyMemory<byte> Text;
    public ReadOnlyMemory<byte> FinishReason;

    public void Add(LimitCall call)
    {
        if (Count == Calls.Length)
        {
            Array.Resize(ref Calls, Count * 2);
        }

        Calls[Count++] = call;
    }
}

/// <summary>
/// The least a streamed reader must keep: the stream's chunks are not retained, so every byte it returns (ids, names,
/// text, argument fragments) is copied, unescaped, into one growing scratch array; each call's fragments are linked
/// (they may interleave with other calls' in general) and laid out contiguously at the end
/// (a call whose fragments arrived back to back is one piece already and is returned as a slice of the scratch).
/// </summary>
internal sealed class LimitAccumulator
{
    private byte[] _bytes = new byte[4096];
    private int _used;
    private (int Start, int Length, int Next)[] _pieces = new (int, int, int)[256];
    private int _pieceCount;
    private (int IdStart, int IdLength, int NameStart, int NameLength, int Head, int Tail, int Bytes, int Key)[] _calls = new (int, int, int, int, int, int, int, int)[8];
    private int _callCount;
    private int _textHead = -1;
    private int _textTail = -1;
    private int _textBytes;
    private (int Start, int Length) _finish;

    public int CallCount => _callCount;

    /// <summary>Copies the current string token, unescaped, into the scratch; returns its (start, length).</summary>
    public (int Start, int Length) String(ref Utf8JsonReader reader)
    {
        var max = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        Ensure(max);
        var written = reader.CopyString(_bytes.AsSpan(_used));
        var start = _used;
        _used += written;
        return (start, written);
    }

    /// <summary>Copies raw bytes (a Gemini <c>args</c> object) into the scratch.</summary>
    public (int Start, int Length) Raw(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_used));
        var start = _used;
        _used += bytes.Length;
        return (start, bytes.Length);
    }

    /// <summary>A new call; returns its number.</summary>
    public int StartCall((int Start, int Length) id, (int Start, int Length) name, int key = -1)
    {
        if (_callCount == _calls.Length)
        {
            Array.Resize(ref _calls, _callCount * 2);
        }

        _calls[_callCount] = (id.Start, id.Length, name.Start, name.Length, -1, -1, 0, key);
        return _callCount++;
    }

    /// <summary>The newest call started with <paramref name="key"/> (an Anthropic block index), or -1.</summary>
    public int Find(int key)
    {
        for (var i = _callCount - 1; i >= 0; i--)
        {
            if (_calls[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    public void SetId(int call, (int Start, int Length) id) => (_calls[call].IdStart, _calls[call].IdLength) = id;

    public void SetName(int call, (int Start, int Length) name) => (_calls[call].NameStart, _calls[call].NameLength) = name;

    public void Argument(int call, (int Start, int Length) piece)
    {
        ref var c = ref _calls[call];
        Link(ref c.Head, ref c.Tail, piece);
        c.Bytes += piece.Length;
    }

    public void Text((int Start, int Length) piece)
    {
        Link(ref _textHead, ref _textTail, piece);
        _textBytes += piece.Length;
    }

    public void Finish((int Start, int Length) reason) => _finish = reason;

    /// <summary>The result: ids and names as slices of the scratch, text and each call's arguments laid out contiguously.</summary>
    public LimitResult Complete()
    {
        var result = new LimitResult();
        // Only what arrived in more than one piece (fragments of other calls in between) is copied again.
        var total = _textHead != _textTail ? _textBytes : 0;
        for (var i = 0; i < _callCount; i++)
        {
            total += _calls[i].Head != _calls[i].Tail ? _calls[i].Bytes : 0;
        }

        var output = total == 0 ? Array.Empty<byte>() : new byte[total];
        var at = Lay(output, 0, _textHead, out var text);
        result.Text = text;
        for (var i = 0; i < _callCount; i++)
        {
            var c = _calls[i];
            at = Lay(output, at, c.Head, out var arguments);
            result.Add(new LimitCall(_bytes.AsMemory(c.IdStart, c.IdLength), _bytes.AsMemory(c.NameStart, c.NameLength), arguments));
        }

        result.FinishReason = _bytes.AsMemory(_finish.Start, _finish.Length);
        return result;
    }

    private int Lay(byte[] output, int at, int head, out ReadOnlyMemory<byte> laid)
    {
        if (head < 0 || _pieces[head].Next < 0)
        {
            laid = head < 0 ? ReadOnlyMemory<byte>.Empty : _bytes.AsMemory(_pieces[head].Start, _pieces[head].Length);
            return at;
        }

        var start = at;
        for (var p = head; p >= 0; p = _pieces[p].Next)
        {
            _bytes.AsSpan(_pieces[p].Start, _pieces[p].Length).CopyTo(output.AsSpan(at));
            at += _pieces[p].Length;
        }

        laid = output.AsMemory(start, at - start);
        return at;
    }

    private void Link(ref int head, ref int tail, (int Start, int Length) piece)
    {
        if (piece.Length == 0)
        {
            return;
        }

        if (tail >= 0 && _pieces[tail].Start + _pieces[tail].Length == piece.Start)
        {
            _pieces[tail].Length += piece.Length; // adjacent in the scratch: extend, no new piece
            return;
        }

        if (_pieceCount == _pieces.Length)
        {
            Array.Resize(ref _pieces, _pieceCount * 2);
        }

        _pieces[_pieceCount] = (piece.Start, piece.Length, -1);
        if (tail >= 0)
        {
            _pieces[tail].Next = _pieceCount;
        }
        else
        {
            head = _pieceCount;
        }

        tail = _pieceCount++;
    }

    private void Ensure(int more)
    {
        if (_used + more > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + more));
        }
    }
}
