using System.Collections.Generic;

namespace ToolGen.RawCalls;

/// <summary>What <see cref="RawToolCalls.Parse"/> read out of a model's text.</summary>
public sealed class RawToolCallResult
{
    internal RawToolCallResult(
        IReadOnlyList<ToolCall> calls, string? content, string? reasoning, IReadOnlyList<RawToolCallEvent> events, RawToolCallFormat format)
    {
        Calls = calls;
        Content = content;
        Reasoning = reasoning;
        Events = events;
        Format = format;
    }

    /// <summary>
    /// The calls, in the order written. Arguments are UTF-8 JSON objects; ids are the text's own when it has them
    /// (Kimi K2, Mistral <c>[CALL_ID]</c>, an <c>"id"</c> in the JSON), else made up from the call's position, name and
    /// arguments, so the same text always gives the same ids (9 alphanumerics for Mistral, <c>call_</c> and 16 for the others).
    /// </summary>
    public IReadOnlyList<ToolCall> Calls { get; }

    /// <summary>The text outside the calls and the reasoning, trimmed; <see langword="null"/> when there is none.</summary>
    public string? Content { get; }

    /// <summary>The reasoning (<c>&lt;think&gt;…&lt;/think&gt;</c>, harmony's analysis channel), trimmed; <see langword="null"/> when there is none.</summary>
    public string? Reasoning { get; }

    /// <summary>What had to be tolerated, in the order met.</summary>
    public IReadOnlyList<RawToolCallEvent> Events { get; }

    /// <summary>The format of the first call read (or of the first call markup seen); <see cref="RawToolCallFormat.Auto"/> when there is none.</summary>
    public RawToolCallFormat Format { get; }
}
