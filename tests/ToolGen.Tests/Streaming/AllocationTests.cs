using System.Text;
using ToolGen.Streaming;
using static ToolGen.Tests.Streaming.ChatCompletionsFixtures;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// The readers allocate per call, not per byte, per chunk or per event: fed one byte at a time, a 40-call stream
/// allocates no more than fed whole, and far less than its own size. (Allocated bytes are counted exactly per thread;
/// no timing is measured.)
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void A_forty_call_stream_allocates_the_same_in_any_chunking_and_less_than_a_quarter_of_its_size()
    {
        var payloads = new List<string>();
        for (var c = 0; c < 40; c++)
        {
            payloads.Add(Chunk(Calls(Fragment(c, "call_" + c, "get_weather", ""))));
            payloads.Add(Chunk(Calls(Fragment(c, arguments: "{\"city\":\""))));
            for (var k = 0; k < 8; k++)
            {
                payloads.Add(Chunk(Calls(Fragment(c, arguments: "Paris é"))));
            }

            payloads.Add(Chunk(Calls(Fragment(c, arguments: "\"}"))));
        }

        payloads.Add(Chunk("{}", "tool_calls"));
        payloads.Add(Done);
        var body = Encoding.UTF8.GetBytes(StreamKit.Sse("\n", payloads.ToArray()));

        Measure(body, body.Length); // warm up pools and shared path names
        Measure(body, 1);
        var whole = Measure(body, body.Length);
        var oneByte = Measure(body, 1);
        var chunks = Measure(body, 4096);

        Assert.True(oneByte <= whole + 4096, $"one byte at a time allocated {oneByte} bytes, whole {whole}");
        Assert.True(chunks <= whole + 4096, $"4 KiB chunks allocated {chunks} bytes, whole {whole}");
        Assert.True(whole < body.Length / 4, $"reading {body.Length} bytes allocated {whole}");
    }

    private static long Measure(byte[] body, int chunk)
    {
        var reader = new ChatCompletionsStreamReader();
        var updates = new List<ChatStreamUpdate>(64);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var at = 0; at < body.Length; at += chunk)
        {
            reader.Feed(body.AsSpan(at, Math.Min(chunk, body.Length - at)), updates);
        }

        reader.Complete(updates);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(40, reader.ToolCalls.Count);
        return allocated;
    }
}
