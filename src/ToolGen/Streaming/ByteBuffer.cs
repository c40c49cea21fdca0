using System;
using System.Buffers;

namespace ToolGen.Streaming;

/// <summary>
/// A growing byte buffer rented from <see cref="ArrayPool{T}.Shared"/>: the readers accumulate SSE lines, event data
/// and a call's argument fragments here as UTF-8, so a stream costs no allocation per byte or per fragment.
/// </summary>
internal sealed class ByteBuffer
{
    private byte[] _array = Array.Empty<byte>();

    /// <summary>How many bytes the buffer holds.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes held.</summary>
    public ReadOnlySpan<byte> Span => new(_array, 0, Length);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Length += bytes.Length;
    }

    public void Append(byte value)
    {
        GetSpan(1)[0] = value;
        Length++;
    }

    /// <summary>Room for at least <paramref name="size"/> more bytes after the end; <see cref="Advance"/> says how many were written.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (_array.Length - Length < size)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(Length + size, Math.Max(256, _array.Length * 2)));
            Span.CopyTo(bigger);
            Return();
            _array = bigger;
        }

        return _array.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    /// <summary>Drops the first <paramref name="count"/> bytes, moving the rest to the front.</summary>
    public void Discard(int count)
    {
        if (count >= Length)
        {
            Length = 0;
            return;
        }

        _array.AsSpan(count, Length - count).CopyTo(_array);
        Length -= count;
    }

    public void Clear() => Length = 0;

    /// <summary>Keeps only the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => Length = Math.Min(Length, length);

    /// <summary>Whether the bytes held are only JSON whitespace (or none).</summary>
    public bool IsBlank() => IsBlank(Span);

    /// <summary>Whether <paramref name="bytes"/> are only JSON whitespace (or none).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A copy of the bytes held, which a <see cref="ToolCall"/> may keep; the buffer is emptied and its array returned to the pool.</summary>
    public byte[] Detach()
    {
        var copy = Span.ToArray();
        Length = 0;
        Return();
        _array = Array.Empty<byte>();
        return copy;
    }

    private void Return()
    {
        if (_array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }
    }
}
