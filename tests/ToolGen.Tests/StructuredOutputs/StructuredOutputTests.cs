using System.Text;
using System.Text.Json;
using Json.Schema;

namespace ToolGen.Tests.StructuredOutputs;

/// <summary>
/// Issue 17, item 1: a <c>[StructuredOutput]</c> type's generated format. Its reader is the tool argument reader of a
/// record parameter (same messages, limits and lenient options), worded for an answer; its schemas are judged by a
/// validator nobody here wrote (JsonSchema.Net).
/// </summary>
public sealed class StructuredOutputTests
{
    private const string GoodReview = """
        {"verdict":"NeedsWork","score":7,"comments":[{"file":"a.cs","line":3,"text":"Rename this."}],"summary":null,"confidence":0.5}
        """;

    [Fact]
    public void FormatCarriesNameDescriptionAndBothSchemas()
    {
        var format = ReviewAnswer.OutputFormat;
        Assert.Same(format, ReviewAnswer.OutputFormat);
        Assert.Equal("review_answer", format.Name);
        Assert.Equal("A code review's outcome.", format.Description);
        Assert.NotNull(format.StrictSchema);
        using var plain = JsonDocument.Parse(format.Schema);
        Assert.Equal("object", plain.RootElement.GetProperty("type").GetString());
        Assert.Equal(
            new[] { "verdict", "score", "comments", "summary", "confidence" },
            plain.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name));

        Assert.Equal("outline", OutlineAnswer.OutputFormat.Name);
        Assert.Equal("A document outline.", OutlineAnswer.OutputFormat.Description);
        Assert.Equal("scores_answer", AnswerHolder.ScoresAnswer.OutputFormat.Name);
    }

    [Fact]
    public async Task ATypeMayBeBothAnAnswerAndAToolSet()
    {
        Assert.Equal("note_book", NoteBook.OutputFormat.Name);
        Assert.True(NoteBook.OutputFormat.TryRead("""{"title":"Ideas"}""", out var book, out _));
        var result = await ((IToolSet)book).InvokeAsync(new ToolCall("c1", "rename", Encoding.UTF8.GetBytes("""{"title":"Plans"}""")));
        Assert.False(result.IsError);
        Assert.Equal("Plans", book.Title);
        Assert.Equal("rename", Assert.Single(NoteBook.ToolDefinitions).Name);
    }

    [Fact]
    public void AnOpenMapHasNoStrictForm() => Assert.Null(AnswerHolder.ScoresAnswer.OutputFormat.StrictSchema);

    [Fact]
    public void ReadsAGoodAnswer()
    {
        Assert.True(ReviewAnswer.OutputFormat.TryRead(GoodReview, out var answer, out var error), error?.Message);
        Assert.Null(error);
        Assert.Equal(Verdict.NeedsWork, answer.Verdict);
        Assert.Equal(7, answer.Score);
        Assert.Equal(new ReviewComment("a.cs", 3, "Rename this."), Assert.Single(answer.Comments));
        Assert.Null(answer.Summary);
        Assert.Equal(0.5, answer.Confidence);
    }

    [Fact]
    public void ReadsAnOptionalLeftOutAsItsDefault()
    {
        Assert.True(ReviewAnswer.OutputFormat.TryRead("""{"verdict":"Approve","score":10,"comments":[],"summary":"ok"}""", out var answer, out _));
        Assert.Equal(1.0, answer.Confidence);
        Assert.Equal("ok", answer.Summary);
    }

    [Fact]
    public void ReadsRecursiveAndStructAnswersFromBytes()
    {
        var outline = Encoding.UTF8.GetBytes("""{"title":"Root","children":[{"title":"A","children":[]},{"title":"B","children":[{"title":"B1","children":[]}]}]}""");
        Assert.True(OutlineAnswer.OutputFormat.TryRead(outline, out var root, out var error), error?.Message);
        Assert.Equal("B1", root.Children[1].Children[0].Title);

        Assert.True(AnswerHolder.ScoresAnswer.OutputFormat.TryRead("""{"approved":true,"scores":{"style":3}}""", out var scores, out _));
        Assert.True(scores.Approved);
        Assert.Equal(3, scores.Scores!["style"]);
    }

    [Theory]
    [InlineData("""{"verdict":"Maybe","score":7,"comments":[],"summary":null}""", "\"verdict\": expected one of \"Approve\", \"Reject\", \"NeedsWork\"")]
    [InlineData("""{"verdict":"Approve","score":11,"comments":[],"summary":null}""", "\"score\":")]
    [InlineData("""{"verdict":"Approve","score":"7","comments":[],"summary":null}""", "\"score\": expected an integer")]
    [InlineData("""{"verdict":"Approve","score":7,"comments":[{"file":"a.cs","text":"x"}],"summary":null}""", "\"comments[0].line\":")]
    [InlineData("""{"verdict":"Approve","comments":[],"summary":null}""", "\"score\": required")]
    public void ABadAnswerSaysWhereWhatAndWhatItGot(string json, string expected)
    {
        Assert.False(ReviewAnswer.OutputFormat.TryRead(json, out var answer, out var error));
        Assert.Null(answer);
        Assert.NotNull(error);
        Assert.StartsWith("Invalid answer \"review_answer\": ", error!.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ToolErrorKind.InvalidArguments, error.Kind);
    }

    [Fact]
    public void ABadAnswerQuotesWhatItGot()
    {
        Assert.False(ReviewAnswer.OutputFormat.TryRead("""{"verdict":"Approve","score":7.5,"comments":[],"summary":null}""", out _, out var error));
        Assert.Contains("got 7.5", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]", "expected a JSON object with the properties \"verdict\" (required)")]
    [InlineData("{\"verdict\":", "not valid JSON")]
    [InlineData("", "not valid JSON")]
    public void AnAnswerThatIsNoObjectIsMalformed(string json, string expected)
    {
        Assert.False(ReviewAnswer.OutputFormat.TryRead(json, out _, out var error));
        Assert.StartsWith("Invalid answer \"review_answer\": ", error!.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ToolErrorKind.MalformedArguments, error.Kind);
        Assert.DoesNotContain("arguments", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnswerOverTheSizeLimitIsRefused()
    {
        var saved = ToolCallLimits.MaxArgumentBytes;
        try
        {
            ToolCallLimits.MaxArgumentBytes = 16;
            Assert.False(ReviewAnswer.OutputFormat.TryRead(GoodReview, out _, out var error));
            Assert.Contains("is more than the 16 allowed. Send a shorter answer.", error!.Message, StringComparison.Ordinal);
        }
        finally
        {
            ToolCallLimits.MaxArgumentBytes = saved;
        }
    }

    [Fact]
    public void LenientOptionUnwrapsAFenceAndReadsQuotedNumbers()
    {
        var fenced = "```json\n" + """{"verdict":"needs_work","score":"7","comments":[],"summary":null}""" + "\n```";
        Assert.False(ReviewAnswer.OutputFormat.TryRead(fenced, out _, out var strictError));
        Assert.Contains("not valid JSON", strictError!.Message, StringComparison.Ordinal);

        var saved = StructuredOutputOptions.Lenient;
        try
        {
            StructuredOutputOptions.Lenient = true;
            Assert.True(ReviewAnswer.OutputFormat.TryRead(fenced, out var answer, out var error), error?.Message);
            Assert.Equal(Verdict.NeedsWork, answer.Verdict);
            Assert.Equal(7, answer.Score);
        }
        finally
        {
            StructuredOutputOptions.Lenient = saved;
        }
    }

    /// <summary>The good answers match both schemas (by JsonSchema.Net), and a bad one matches neither.</summary>
    [Fact]
    public void SchemasAcceptTheGoodAnswerAndRefuseABadOne()
    {
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        foreach (var text in new[] { ReviewAnswer.OutputFormat.Schema, ReviewAnswer.OutputFormat.StrictSchema! })
        {
            var schema = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://toolgen.test/answer/" + (text == ReviewAnswer.OutputFormat.Schema ? "plain" : "strict")));
            // The plain schema lists a nullable property as a string the model sends; the strict one lets it be null.
            using var good = JsonDocument.Parse(text == ReviewAnswer.OutputFormat.Schema ? GoodReview.Replace("\"summary\":null", "\"summary\":\"ok\"") : GoodReview);
            Assert.True(schema.Evaluate(good.RootElement, options).IsValid);
            using var bad = JsonDocument.Parse("""{"verdict":"Maybe","score":7,"comments":[],"summary":null,"confidence":1}""");
            Assert.False(schema.Evaluate(bad.RootElement, options).IsValid);
        }

        var outline = JsonSchema.FromText(OutlineAnswer.OutputFormat.StrictSchema!, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://toolgen.test/answer/outline"));
        using var tree = JsonDocument.Parse("""{"title":"Root","children":[{"title":"A","children":[]}]}""");
        Assert.True(outline.Evaluate(tree.RootElement, options).IsValid);
        using var open = JsonDocument.Parse("""{"title":"Root","children":[{"title":"A","children":[],"extra":1}]}""");
        Assert.False(outline.Evaluate(open.RootElement, options).IsValid);
    }

    /// <summary>The strict schema is what OpenAI's strict mode asks for: every property required, closed, no "default".</summary>
    [Fact]
    public void StrictSchemaIsClosedAndRequiresEveryProperty()
    {
        using var strict = JsonDocument.Parse(ReviewAnswer.OutputFormat.StrictSchema!);
        var root = strict.RootElement;
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(
            root.GetProperty("properties").EnumerateObject().Select(p => p.Name),
            root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("\"default\"", ReviewAnswer.OutputFormat.StrictSchema!, StringComparison.Ordinal);
    }
}
