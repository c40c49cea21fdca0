using System;
using System.Collections.Generic;

namespace ToolGen.Streaming;

/// <summary>A stream reader as the framer sees it: something that reads one event's data at a time.</summary>
internal interface IStreamEvents
{
    /// <summary>Reads one event's data (valid only during the call).</summary>
    /// <exception cref="System.Text.Json.JsonException">The data is not JSON (the framer turns it into a <see cref="FormatException"/>).</exception>
    void Read(ReadOnlySpan<byte> data, ICollection<ChatStreamUpdate> updates);
}
