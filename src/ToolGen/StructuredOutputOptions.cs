namespace ToolGen;

/// <summary>
/// How generated answer readers (<see cref="StructuredOutput{T}.TryRead(System.ReadOnlySpan{byte}, out T, out ToolError?)"/>)
/// read, for every answer type of the process. Set once at start-up; read on every answer.
/// </summary>
public static class StructuredOutputOptions
{
    private static volatile bool s_lenient;

    /// <summary>
    /// Whether to accept the unambiguous mistakes models make, as <see cref="ToolCall.Lenient"/> does for arguments: the
    /// answer in a markdown code fence, encoded twice as a JSON string or followed by stray text, a number or boolean
    /// sent as a string, an enum name in another case. Default <see langword="false"/>: each such mistake is refused
    /// with a message that says how to fix it, which the caller can send back to the model.
    /// </summary>
    public static bool Lenient
    {
        get => s_lenient;
        set => s_lenient = value;
    }
}
