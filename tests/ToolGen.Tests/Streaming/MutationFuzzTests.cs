using System.Text;
using CsCheck;
using ToolGen.Streaming;

namespace ToolGen.Tests.Streaming;

/// <summary>
/// Property: whatever a body is broken into (bytes cut out, changed, duplicated, the body truncated), a reader either
/// reads it or throws a <see cref="FormatException"/>; no other exception escapes, in any chunking.
/// </summary>
public sealed class MutationFuzzTests
{
    public static TheoryData<string> Readers() => ChunkingPropertyTests.Readers();

    [Theory]
    [MemberData(nameof(Readers))]
    public void Broken_bodies_raise_only_format_exceptions(string provider)
    {
        var (create, body) = ProviderFixtures.For(provider);
        var bytes = Encoding.UTF8.GetBytes(body);
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, bytes.Length - 1], Gen.Int[1, 40], Gen.Byte, Gen.Int[1, 64]).Sample(
            (kind, at, length, value, chunk) =>
            {
                var broken = Mutate(bytes, kind, at, length, value);
                var cuts = Enumerable.Range(1, (broken.Length + chunk - 1) / chunk).Select(k => Math.Min(broken.Length, k * chunk));
                var ex = Record.Exception(() => StreamKit.Transcript(create(), broken, cuts));
                return ex is null or FormatException;
            },
            iter: 2000);
    }

    private static byte[] Mutate(byte[] bytes, int kind, int at, int length, byte value)
    {
        var list = bytes.ToList();
        length = Math.Min(length, list.Count - at);
        switch (kind)
        {
            case 0: // cut a range out
                list.RemoveRange(at, length);
                break;
            case 1: // change one byte
                list[at] = value;
                break;
            case 2: // duplicate a range
                list.InsertRange(at, bytes.Skip(at).Take(length));
                break;
            default: // truncate
                list.RemoveRange(at, list.Count - at);
                break;
        }

        return list.ToArray();
    }
}
