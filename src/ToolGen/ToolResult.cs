using System;

namespace ToolGen;

/// <summary>The outcome of one tool call, ready to be sent back to the model.</summary>
public sealed class ToolResult
{
    /// <summary>The content of a successful call to a tool that returns nothing.</summary>
    public const string NoContent = "Done.";

    private ToolResult(string callId, string content, ToolError? error)
    {
        CallId = callId ?? string.Empty;
        Content = content;
        Error = error;
    }

    /// <summary>The id of the call this result answers.</summary>
    public string CallId { get; }

    /// <summary>
    /// What the model reads: JSON text for values, the string itself for string results,
    /// <see cref="NoContent"/> for tools that return nothing, and the error message for failures.
    /// </summary>
    public string Content { get; }

    /// <summary>Whether the call failed; <see cref="Error"/> then says why.</summary>
    public bool IsError => Error is not null;

    /// <summary>Why the call failed, or <see langword="null"/> when it succeeded.</summary>
    public ToolError? Error { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="callId">The id of the call.</param>
    /// <param name="content">JSON text, or the tool's string result.</param>
    public static ToolResult Success(string callId, string content) =>
        new(callId, content ?? throw new ArgumentNullException(nameof(content)), null);

    /// <summary>Creates a failed result whose content is the error's message.</summary>
    /// <param name="callId">The id of the call.</param>
    /// <param name="error">What went wrong.</param>
    public static ToolResult Failure(string callId, ToolError error) =>
        new(callId, (error ?? throw new ArgumentNullException(nameof(error))).Message, error);

    /// <inheritdoc/>
    public override string ToString() => IsError ? "error: " + Content : Content;
}
