using System;

namespace ToolGen;

/// <summary>
/// Thrown by a tool to tell the model what went wrong, in words it may see. Any other exception's
/// message is withheld from the model (it may hold secrets) and reported only by its type.
/// </summary>
public class ToolException : Exception
{
    /// <summary>Creates the exception with a message for the model.</summary>
    /// <param name="message">Shown to the model as the tool's result.</param>
    public ToolException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message for the model and an inner cause.</summary>
    /// <param name="message">Shown to the model as the tool's result.</param>
    /// <param name="innerException">The cause, for logs only.</param>
    public ToolException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
