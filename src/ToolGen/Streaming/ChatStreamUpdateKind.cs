namespace ToolGen.Streaming;

/// <summary>What a <see cref="ChatStreamUpdate"/> carries.</summary>
public enum ChatStreamUpdateKind
{
    /// <summary>A piece of the answer's text, in <see cref="ChatStreamUpdate.Text"/>.</summary>
    TextDelta,

    /// <summary>A piece of the model's reasoning (kept apart from the answer), in <see cref="ChatStreamUpdate.Text"/>.</summary>
    ReasoningDelta,

    /// <summary>A tool call the stream has completed, in <see cref="ChatStreamUpdate.ToolCall"/>; never a partial one.</summary>
    ToolCall,

    /// <summary>
    /// The turn ended: <see cref="ChatStreamUpdate.FinishReason"/> as the server gave it, and
    /// <see cref="ChatStreamUpdate.Usage"/> when the server reported it.
    /// </summary>
    Finished,
}
