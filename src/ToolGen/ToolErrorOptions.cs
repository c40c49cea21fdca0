namespace ToolGen;

/// <summary>
/// What the error results of generated tool sets may tell the model, for every tool set of the process. Set these
/// once at start-up, before the first call; they are read on every error, not cached.
/// </summary>
/// <remarks>See docs/security.md.</remarks>
public static class ToolErrorOptions
{
    private static volatile bool s_quoteReceivedValues = true;
    private static volatile bool s_showArgumentExceptionMessages;

    /// <summary>
    /// Whether messages about bad arguments quote what the model sent (<c>got "kelvin"</c>); <see langword="true"/> by
    /// default. Set it to <see langword="false"/> when arguments may carry secrets or personal data that must not be
    /// echoed into the conversation or its logs: messages then name only the path and what was expected.
    /// </summary>
    public static bool QuoteReceivedValues
    {
        get => s_quoteReceivedValues;
        set => s_quoteReceivedValues = value;
    }

    /// <summary>
    /// Whether the message of an <see cref="System.ArgumentException"/> thrown by a parameter type's constructor or
    /// property setter reaches the model; <see langword="false"/> by default, when the model reads only that the value
    /// was rejected (and by which type). A <see cref="ToolException"/>'s message always reaches it: that type is for
    /// text written for the model.
    /// </summary>
    public static bool ShowArgumentExceptionMessages
    {
        get => s_showArgumentExceptionMessages;
        set => s_showArgumentExceptionMessages = value;
    }
}
