using System;
using System.Text;

namespace ToolGen;

/// <summary>One call of a tool, as a model sent it.</summary>
public sealed class ToolCall
{
    /// <summary>Creates a call from UTF-8 argument bytes, as a provider codec reads them.</summary>
    /// <param name="id">The provider's call id, echoed in the result.</param>
    /// <param name="name">The tool name the model asked for.</param>
    /// <param name="arguments">The arguments as UTF-8 JSON, untouched. Empty means no arguments.</param>
    public ToolCall(string id, string name, ReadOnlyMemory<byte> arguments)
    {
        Id = id ?? string.Empty;
        Name = name ?? string.Empty;
        Arguments = arguments;
    }

    /// <summary>Creates a call from JSON text.</summary>
    /// <param name="id">The provider's call id, echoed in the result.</param>
    /// <param name="name">The tool name the model asked for.</param>
    /// <param name="argumentsJson">The arguments as JSON text; <see langword="null"/> or empty means no arguments.</param>
    public ToolCall(string id, string name, string? argumentsJson)
        : this(id, name, string.IsNullOrEmpty(argumentsJson) ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(argumentsJson))
    {
    }

    /// <summary>The provider's call id, echoed in the result.</summary>
    public string Id { get; }

    /// <summary>The tool name the model asked for.</summary>
    public string Name { get; }

    /// <summary>The arguments as UTF-8 JSON, exactly as the model wrote them (they may be invalid).</summary>
    public ReadOnlyMemory<byte> Arguments { get; }

    /// <summary>
    /// The host's services, for tool parameters of type <see cref="IServiceProvider"/>, <see cref="ToolCallContext"/>
    /// or marked <see cref="FromServicesAttribute"/>.
    /// </summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>
    /// Whether the call was made against the tool's strict schema (<see cref="ToolDefinition.StrictParametersSchema"/>):
    /// then a property the tool does not take is an error instead of being ignored.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Whether to accept the unambiguous mistakes open models make in arguments instead of refusing them: a number or
    /// boolean sent as a string (<c>"42"</c>, <c>"true"</c>), an object or array sent as a string that holds it
    /// (<c>"[1,2]"</c>), an enum name in another case or separator style (<c>very_high</c> for <c>VeryHigh</c>), the
    /// arguments in a markdown code fence, encoded twice as a JSON string, or followed by stray text. Default
    /// <see langword="false"/>: each such mistake is refused with a message that says how to fix it. Ignored when
    /// <see cref="Strict"/> is set: strict calls come from constrained decoding and must match the strict schema.
    /// The schema does not change. See docs/lenient-mode.md.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>The arguments as text, for logging.</summary>
    public string ArgumentsText => Arguments.IsEmpty ? string.Empty : Encoding.UTF8.GetString(Arguments.ToArray());

    /// <summary>This call with <see cref="Lenient"/> set, every other property kept.</summary>
    internal ToolCall AsLenient() => Lenient ? this : new ToolCall(Id, Name, Arguments)
    {
        Services = Services,
        Strict = Strict,
        Lenient = true,
    };

    /// <inheritdoc/>
    public override string ToString() => Name + "(" + ArgumentsText + ")";
}
