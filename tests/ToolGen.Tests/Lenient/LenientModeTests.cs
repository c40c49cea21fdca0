using System.Text.Json.Nodes;

namespace ToolGen.Tests.Lenient;

/// <summary>
/// Lenient mode against the corpus (<see cref="LenientCorpus"/>): each mistake is read as meant or refused with a
/// message that names the path, what was expected and what was received; normal mode refuses every one of them.
/// </summary>
public class LenientModeTests
{
    private static readonly IToolSet s_tools = new LenientTools();

    [Fact]
    public void The_corpus_has_at_least_200_mistakes()
    {
        Assert.True(LenientCorpus.All.Count >= 200, $"{LenientCorpus.All.Count} cases");
        Assert.Equal(LenientCorpus.All.Count, LenientCorpus.All.Select(c => c.Tool + "\n" + c.Payload).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(LenientCorpus.Indexes), MemberType = typeof(LenientCorpus))]
    public void Lenient_mode_reads_the_mistake_as_meant_or_refuses_it_with_path_expected_and_received(int index)
    {
        var c = LenientCorpus.All[index];
        var result = Call(c, lenient: true);
        if (c.Intended is not null)
        {
            Assert.False(result.IsError, $"{c}: expected {c.Intended}, got the error {result.Content}");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(c.Intended), JsonNode.Parse(result.Content)), $"{c}: expected {c.Intended}, got {result.Content}");
            return;
        }

        Assert.True(result.IsError, $"{c}: expected an error, got {result.Content}");
        if (c.Path is null)
        {
            // The arguments as a whole: not one JSON object even after trimming what models wrap around it.
            Assert.Contains("Invalid arguments for tool \"" + c.Tool + "\": ", result.Content);
            return;
        }

        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
        Assert.Contains($"\"{c.Path}\": expected {c.Expected}; got {c.Received}.", result.Content);
    }

    [Theory]
    [MemberData(nameof(LenientCorpus.Indexes), MemberType = typeof(LenientCorpus))]
    public void Normal_mode_refuses_the_mistake_with_path_expected_and_received(int index)
    {
        var c = LenientCorpus.All[index];
        var result = Call(c, lenient: false);
        Assert.True(result.IsError, $"{c}: expected an error, got {result.Content}");
        if (c.NormalText is not null)
        {
            Assert.Contains(c.NormalText, result.Content);
            return;
        }

        if (c.Path is null)
        {
            Assert.Equal(ToolErrorKind.MalformedArguments, result.Error!.Kind);
            return;
        }

        Assert.Equal(ToolErrorKind.InvalidArguments, result.Error!.Kind);
        var (path, expected, received) = c.Normal ?? (c.Path, c.Expected!, c.Received!);
        var problem = $"\"{path}\": expected {expected}; got ";
        if (c.Intended is null && c.Normal is null)
        {
            Assert.Contains(problem + received + ".", result.Content);
        }
        else
        {
            // What lenient mode reads, normal mode refuses with a hint at the fix.
            var quoted = problem + "the string " + received + "; send ";
            var misspelt = problem + received + "; did you mean \"";
            Assert.True(result.Content.Contains(quoted, StringComparison.Ordinal) || result.Content.Contains(misspelt, StringComparison.Ordinal), $"{c}: {result.Content}");
        }
    }

    private static ToolResult Call(LenientCase c, bool lenient) =>
        s_tools.InvokeAsync(new ToolCall("call_1", c.Tool, c.Payload) { Lenient = lenient }).AsTask().GetAwaiter().GetResult();
}
