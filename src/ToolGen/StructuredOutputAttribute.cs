using System;

namespace ToolGen;

/// <summary>
/// Marks a type as an answer a model may be asked for (structured outputs). At compile time ToolGen generates, as a
/// static property <c>OutputFormat</c> of the type, a <see cref="StructuredOutput{T}"/>: the type's JSON schema, its
/// strict form, a name, and a reflection-free reader of the answer with the same messages as tool arguments.
/// </summary>
/// <remarks>
/// The type (and every type enclosing it) must be a non-generic <c>partial</c> class, struct or record. Its public
/// properties follow the same rules as a record parameter of a tool. See docs/structured-outputs.md.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class StructuredOutputAttribute : Attribute
{
    /// <summary>
    /// The format's name as providers see it (<c>^[a-zA-Z0-9_-]{1,64}$</c>), or <see langword="null"/> for the type name
    /// under the tool naming policy (snake_case by default: <c>WeatherReport</c> becomes <c>weather_report</c>).
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// What the answer is, for the model. When not set, the type's <c>[Description]</c> or XML doc <c>&lt;summary&gt;</c>
    /// is used.
    /// </summary>
    public string? Description { get; set; }
}
