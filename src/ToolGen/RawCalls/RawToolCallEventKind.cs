namespace ToolGen.RawCalls;

/// <summary>What the reader of raw tool calls had to tolerate, so that nothing in the model's text is dropped silently.</summary>
public enum RawToolCallEventKind
{
    /// <summary>Text inside a call section that is not a call (between calls, after a call list) was skipped.</summary>
    SkippedText = 0,

    /// <summary>A call's JSON is not valid JSON; the call was dropped.</summary>
    MalformedJson,

    /// <summary>A call's syntax (pythonic, XML-like, Gemma…) could not be read; the call was dropped.</summary>
    MalformedCall,

    /// <summary>A block had no close marker; it was read up to the next block or the end of the text.</summary>
    MissingCloseTag,

    /// <summary>The text ends inside a call (generation stopped early); the incomplete call was dropped.</summary>
    TruncatedCall,

    /// <summary>A value whose schema type is not string did not parse as that type; it was kept as a string.</summary>
    ValueKeptRaw,

    /// <summary>A call names a tool that is not among the tools given; the call was kept (running it reports the error to the model).</summary>
    UnknownToolName,

    /// <summary>Call markup inside reasoning (<c>&lt;think&gt;</c>, the analysis channel) was not taken as a call.</summary>
    CallInReasoning,

    /// <summary>A call had no name; it was dropped.</summary>
    MissingName,

    /// <summary>A call's name carried stray text (a leaked channel marker, quotes, spaces), which was removed.</summary>
    NameCleaned,

    /// <summary>A call's arguments were a JSON string holding JSON, or not an object; they were decoded or replaced by <c>{}</c>.</summary>
    ArgumentsRepaired,

    /// <summary><c>&lt;think&gt;</c> was never closed: the rest of the text was taken as reasoning.</summary>
    UnclosedReasoning,

    /// <summary>
    /// <c>&lt;/think&gt;</c> came without <c>&lt;think&gt;</c> (the chat template opened it in the prompt): the text before it
    /// was taken as reasoning; calls before it were kept.
    /// </summary>
    ReasoningWithoutStart,
}
