using System;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ToolGen.Hosting;

/// <summary>
/// Builds the one UTF-8 JSON object a generated reader takes from arguments a host has already parsed into
/// <see cref="JsonElement"/>s (Microsoft.Extensions.AI's <c>AIFunctionArguments</c>, MCP's
/// <c>CallToolRequestParams.Arguments</c>): each value's raw UTF-8 is copied as it is
/// (<see cref="JsonMarshal.GetRawUtf8Value"/>), with no <see cref="Utf8JsonWriter"/> pass, into a buffer that is
/// reused by the next call on the same thread once <see cref="Return"/> gave it back.
/// </summary>
/// <remarks>
/// Shared by both host adapters (compiled into each: neither package references the other). A name that would need
/// escaping in JSON (a quote, a backslash, a control character) is refused by <see cref="TryAppend"/>; the caller
/// then writes the arguments the slow way. Names the tool declares are written from UTF-8 cached per tool
/// (<see cref="EncodedNames"/>).
/// </remarks>
internal sealed class RawArgumentBuffer
{
    private const int InitialSize = 512;
    private const int LargestKept = 64 * 1024;

    [ThreadStatic]
    private static RawArgumentBuffer? t_cached;

    private byte[] _bytes = new byte[InitialSize];
    private int _length;
    private bool _first;

    private RawArgumentBuffer()
    {
    }

    /// <summary>The object written so far (valid until <see cref="Return"/>).</summary>
    public ReadOnlyMemory<byte> Written => new(_bytes, 0, _length);

    /// <summary>A buffer holding <c>{</c>: the thread's cached one, or a new one when it is in use.</summary>
    public static RawArgumentBuffer Rent()
    {
        var buffer = t_cached ?? new RawArgumentBuffer();
        t_cached = null;
        buffer._bytes[0] = (byte)'{';
        buffer._length = 1;
        buffer._first = true;
        return buffer;
    }

    /// <summary>Gives the buffer back for the next call on this thread; the caller no longer reads <see cref="Written"/>.</summary>
    public static void Return(RawArgumentBuffer buffer)
    {
        if (buffer._bytes.Length <= LargestKept)
        {
            t_cached = buffer;
        }
    }

    /// <summary>Appends <c>"name":value</c>; <see langword="false"/> when the name needs escaping.</summary>
    public bool TryAppend(string name, JsonElement value, EncodedNames names)
    {
        var encoded = names.Find(name);
        if (encoded is null && NeedsEscaping(name))
        {
            return false;
        }

        Reserve(1 + (encoded?.Length ?? Encoding.UTF8.GetMaxByteCount(name.Length) + 3));
        if (!_first)
        {
            _bytes[_length++] = (byte)',';
        }

        _first = false;
        if (encoded is not null)
        {
            Buffer.BlockCopy(encoded, 0, _bytes, _length, encoded.Length);
            _length += encoded.Length;
        }
        else
        {
            _bytes[_length++] = (byte)'"';
            _length += Encoding.UTF8.GetBytes(name, 0, name.Length, _bytes, _length);
            _bytes[_length++] = (byte)'"';
            _bytes[_length++] = (byte)':';
        }

        if (value.ValueKind == JsonValueKind.Undefined)
        {
            Append("null"u8);
        }
        else
        {
            Append(JsonMarshal.GetRawUtf8Value(value));
        }

        return true;
    }

    /// <summary>Closes the object and returns it.</summary>
    public ReadOnlyMemory<byte> Finish()
    {
        Append("}"u8);
        return Written;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(_length));
        _length += bytes.Length;
    }

    private void Reserve(int count)
    {
        if (_length + count <= _bytes.Length)
        {
            return;
        }

        var larger = new byte[Math.Max(_bytes.Length * 2, _length + count)];
        Buffer.BlockCopy(_bytes, 0, larger, 0, _length);
        _bytes = larger;
    }

    private static bool NeedsEscaping(string name)
    {
        foreach (var c in name)
        {
            if (c < ' ' || c == '"' || c == '\\')
            {
                return true;
            }
        }

        return false;
    }
}
