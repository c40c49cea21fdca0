namespace ToolGen;

/// <summary>Why a tool call failed.</summary>
public enum ToolErrorKind
{
    /// <summary>The model asked for a tool that the set does not have.</summary>
    UnknownTool,

    /// <summary>The arguments were not a JSON object: malformed JSON, or another JSON value.</summary>
    MalformedArguments,

    /// <summary>The arguments were a JSON object, but one or more values broke the tool's schema.</summary>
    InvalidArguments,

    /// <summary>The tool ran and threw an exception.</summary>
    ToolFailed,

    /// <summary>The host did not provide a service the tool needs; the call never reached the tool.</summary>
    MissingService,
}
