using System;

namespace ToolGen.Streaming;

/// <summary>
/// Splits a body made of JSON values into events, whatever the chunking: each element of a top-level array
/// (Gemini's <c>streamGenerateContent</c> without <c>alt=sse</c>: <c>[{…},\r\n{…}]</c>), or each top-level object
/// (a plain JSON body such as an error, or newline-delimited JSON). It only tracks strings and nesting; the reader
/// parses each value.
/// </summary>
internal sealed class JsonSequenceSplitter
{
    private readonly ByteBuffer _partial = new();
    private int _depth;
    private bool _inString;
    private bool _escaped;
    private bool _inArray;
    private bool _arrayClosed;
    private bool _started;

    public void Append(ReadOnlySpan<byte> bytes, EventFramer framer)
    {
        // Where the value being captured starts in this chunk, or -1 when none is (or it started in an earlier chunk).
        var captureFrom = -1;
        var valueDepth = _inArray ? 2 : 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (_inString)
            {
                if (_escaped)
                {
                    _escaped = false;
                }
                else if (b == (byte)'\\')
                {
                    _escaped = true;
                }
                else if (b == (byte)'"')
                {
                    _inString = false;
                }

                continue;
            }

            switch (b)
            {
                case (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                    continue;
                case (byte)'"':
                    ExpectInsideValue(valueDepth);
                    _inString = true;
                    continue;
                case (byte)'[' when !_started:
                    _started = true;
                    _inArray = true;
                    _depth = 1;
                    valueDepth = 2;
                    continue;
                case (byte)',' when _depth == valueDepth - 1 && _inArray:
                    continue;
                case (byte)']' when _depth == 1 && _inArray:
                    _depth = 0;
                    _arrayClosed = true;
                    continue;
                case (byte)'{' or (byte)'[':
                    if (_depth == valueDepth - 1)
                    {
                        if (_arrayClosed || b != (byte)'{')
                        {
                            throw Broken("expected an object");
                        }

                        _started = true;
                        captureFrom = i;
                    }

                    _depth++;
                    continue;
                case (byte)'}' or (byte)']':
                    if (_depth < valueDepth)
                    {
                        throw Broken("a closing bracket matches nothing");
                    }

                    _depth--;
                    if (_depth == valueDepth - 1)
                    {
                        var from = captureFrom < 0 ? 0 : captureFrom;
                        framer.AddJsonEvent(_partial.Span, bytes.Slice(from, i + 1 - from));
                        _partial.Clear();
                        captureFrom = -1;
                    }

                    continue;
                default:
                    ExpectInsideValue(valueDepth);
                    continue;
            }
        }

        if (_depth >= valueDepth)
        {
            _partial.Append(bytes.Slice(captureFrom < 0 ? 0 : captureFrom));
        }
    }

    public void Finish()
    {
        if (_inString || _depth > (_inArray ? 1 : 0))
        {
            throw Broken("the body ended inside a JSON value (the stream was cut off)");
        }
    }

    private void ExpectInsideValue(int valueDepth)
    {
        if (_depth < valueDepth)
        {
            throw Broken("expected an object");
        }
    }

    private static FormatException Broken(string what) =>
        new("The response body is not a stream of JSON objects: " + what + ".");
}
