using System;

namespace ToolGen;

/// <summary>
/// The outcome of one call made through <see cref="IUtf8ToolSet"/>: the result's text or an error, as a struct, so
/// that a host that holds the call id itself allocates nothing per call beyond the text. The same content a
/// <see cref="ToolResult"/> carries (<see cref="ToResult"/> makes one).
/// </summary>
public readonly struct ToolOutput
{
    private ToolOutput(string content, ToolError? error)
    {
        Content = content;
        Error = error;
    }

    /// <summary>The result's JSON text (for a string result, the string itself), or the error's message.</summary>
    public string Content { get; }

    /// <summary>Whether the call failed; <see cref="Content"/> then holds a message for the model.</summary>
    public bool IsError => Error is not null;

    /// <summary>What went wrong, or <see langword="null"/> on success.</summary>
    public ToolError? Error { get; }

    /// <summary>A successful outcome.</summary>
    /// <param name="content">The result's text.</param>
    public static ToolOutput Success(string content) => new(content ?? throw new ArgumentNullException(nameof(content)), null);

    /// <summary>A failed outcome; its content is the error's message.</summary>
    /// <param name="error">What went wrong.</param>
    public static ToolOutput Failure(ToolError error) => new((error ?? throw new ArgumentNullException(nameof(error))).Message, error);

    /// <summary>The outcome a <see cref="ToolResult"/> holds.</summary>
    /// <param name="result">The result.</param>
    public static ToolOutput FromResult(ToolResult result) =>
        (result ?? throw new ArgumentNullException(nameof(result))).Error is { } error ? Failure(error) : Success(result.Content);

    /// <summary>This outcome as the <see cref="ToolResult"/> of a call.</summary>
    /// <param name="callId">The call's id.</param>
    public ToolResult ToResult(string callId) => Error is { } error ? ToolResult.Failure(callId, error) : ToolResult.Success(callId, Content ?? ToolResult.NoContent);

    /// <inheritdoc/>
    public override string ToString() => IsError ? "error: " + Content : Content ?? string.Empty;
}
