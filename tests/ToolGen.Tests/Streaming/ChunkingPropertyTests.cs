using System.Text;
using CsCheck;
using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// Property: however a body is cut into chunks, every reader yields the same updates as when it is fed whole.
/// CsCheck generates the cut points and shrinks a failure to the fewest cuts.
/// </summary>
public sealed class ChunkingPropertyTests
{
    public static TheoryData<string> Readers()
    {
        var data = new TheoryData<string>();
        foreach (var name in ProviderFixtures.Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Random_chunkings_give_the_same_updates(string provider)
    {
        var (create, body) = ProviderFixtures.For(provider);
        var bytes = Encoding.UTF8.GetBytes(body);
        var whole = StreamKit.Transcript(create(), bytes, StreamKit.Whole(bytes));
        Assert.Contains(whole, line => line.StartsWith("call ", StringComparison.Ordinal));
        Gen.Int[1, bytes.Length - 1].Array[0, 40].Sample(
            cuts =>
            {
                var ends = cuts.Distinct().Order().Append(bytes.Length).ToArray();
                return whole.SequenceEqual(StreamKit.Transcript(create(), bytes, ends));
            },
            iter: 300);
    }
}
