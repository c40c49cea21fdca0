using System;

namespace ToolGen.Chat;

/// <summary>The model's final answer could not be read as the structured output asked for, after the retries allowed.</summary>
public sealed class StructuredOutputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="answer">The last answer's text, or <see langword="null"/> when there was none.</param>
    /// <param name="error">Why it could not be read, or <see langword="null"/>.</param>
    public StructuredOutputException(string message, string? answer, ToolError? error)
        : base(message)
    {
        Answer = answer;
        Error = error;
    }

    /// <summary>The last answer's text, or <see langword="null"/> when the run ended without one (step limit).</summary>
    public string? Answer { get; }

    /// <summary>Why the answer could not be read, or <see langword="null"/>.</summary>
    public ToolError? Error { get; }
}
