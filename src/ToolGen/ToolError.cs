using System;

namespace ToolGen;

/// <summary>What went wrong in a tool call: a kind for the host, and a message written for the model.</summary>
public sealed class ToolError
{
    /// <summary>Creates an error.</summary>
    /// <param name="kind">Why the call failed.</param>
    /// <param name="message">A message for the model, naming what to change.</param>
    /// <param name="exception">The tool's exception, for the host's logs; never shown to the model unless it is a <see cref="ToolException"/>.</param>
    public ToolError(ToolErrorKind kind, string message, Exception? exception = null)
    {
        Kind = kind;
        Message = message ?? throw new ArgumentNullException(nameof(message));
        Exception = exception;
    }

    /// <summary>Why the call failed.</summary>
    public ToolErrorKind Kind { get; }

    /// <summary>The message sent to the model, written so that it can repair its call.</summary>
    public string Message { get; }

    /// <summary>The exception the tool threw, for logging; <see langword="null"/> for bad input.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind + ": " + Message;
}
