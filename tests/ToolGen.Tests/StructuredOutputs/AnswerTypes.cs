using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace ToolGen.Tests.StructuredOutputs;

public enum Verdict
{
    Approve,
    Reject,
    NeedsWork,
}

/// <summary>A code review's outcome.</summary>
[StructuredOutput]
public partial record ReviewAnswer(Verdict Verdict, [property: Range(0, 10)] int Score, List<ReviewComment> Comments)
{
    /// <summary>A one-line summary, when the reviewer has one.</summary>
    public string? Summary { get; init; }

    /// <summary>How confident the reviewer is.</summary>
    public double Confidence { get; init; } = 1.0;
}

public sealed record ReviewComment(string File, int Line, string Text);

[StructuredOutput(Name = "outline", Description = "A document outline.")]
public sealed partial class OutlineAnswer
{
    [Description("The section title.")]
    public string Title { get; set; } = string.Empty;

    public List<OutlineAnswer> Children { get; set; } = new();
}

public partial class AnswerHolder
{
    [StructuredOutput]
    public partial struct ScoresAnswer
    {
        public bool Approved { get; set; }

        public Dictionary<string, int>? Scores { get; set; }
    }
}

/// <summary>A type that is both an answer and a tool set: each gets its own generated half.</summary>
[StructuredOutput]
public sealed partial class NoteBook
{
    /// <summary>The note book's title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Renames the note book.</summary>
    /// <param name="title">The new title.</param>
    [Tool]
    public string Rename(string title) => Title = title;
}
