using System;

namespace ToolGen;

/// <summary>
/// Marks a method as a tool that a language model may call. At compile time ToolGen generates the
/// method's JSON schema, a reflection-free argument reader and a case of the type's dispatcher.
/// </summary>
/// <remarks>
/// The containing type (and every type enclosing it) must be <c>partial</c>. The tool name defaults to the
/// snake_case form of the method name (<c>SearchFlights</c> becomes <c>search_flights</c>).
/// <para>
/// The hints (<see cref="ReadOnly"/>, <see cref="Destructive"/>, <see cref="Idempotent"/>, <see cref="OpenWorld"/>) are
/// read by the generator from the attribute as written, never at run time, so a hint has three states: left out (not
/// announced; an MCP client assumes the protocol's default), <c>= true</c> and <c>= false</c>. They reach
/// <see cref="ToolDefinition"/> as <see langword="bool"/>? properties (<see langword="null"/> when left out). Hints
/// describe the tool to a host; nothing enforces them.
/// </para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ToolAttribute : Attribute
{
    /// <summary>Marks a method as a tool named after the method (snake_case).</summary>
    public ToolAttribute()
    {
    }

    /// <summary>Marks a method as a tool with an explicit name.</summary>
    /// <param name="name">The tool name the model sees; must match <c>^[a-zA-Z0-9_-]{1,64}$</c>.</param>
    public ToolAttribute(string name)
    {
        Name = name;
    }

    /// <summary>The tool name the model sees, or <see langword="null"/> for the snake_case method name.</summary>
    public string? Name { get; }

    /// <summary>
    /// What the tool does, for the model. When not set, the method's <c>[Description]</c> or XML doc
    /// <c>&lt;summary&gt;</c> is used.
    /// </summary>
    public string? Description { get; set; }

    /// <summary>When <see langword="true"/>, a host should ask a person before running the tool.</summary>
    public bool RequiresApproval { get; set; }

    /// <summary>
    /// A short human-readable name for user interfaces (MCP <c>title</c>), or <see langword="null"/> for none. The model
    /// is still told the tool's <see cref="Name"/> and description.
    /// </summary>
    public string? Title { get; set; }

    /// <summary>
    /// Hint that the tool does not modify its environment (MCP <c>readOnlyHint</c>). Announced only when set: leaving it
    /// out and setting it to <see langword="false"/> are different (see <see cref="ToolAttribute"/>'s remarks on hints).
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>
    /// Hint that the tool may perform destructive updates, not only additive ones (MCP <c>destructiveHint</c>; meaningful
    /// when the tool is not <see cref="ReadOnly"/>). Announced only when set.
    /// </summary>
    public bool Destructive { get; set; }

    /// <summary>
    /// Hint that calling the tool again with the same arguments has no further effect (MCP <c>idempotentHint</c>).
    /// Announced only when set.
    /// </summary>
    public bool Idempotent { get; set; }

    /// <summary>
    /// Hint that the tool interacts with an open world of external entities, such as the web, rather than a closed
    /// domain (MCP <c>openWorldHint</c>). Announced only when set.
    /// </summary>
    public bool OpenWorld { get; set; }
}
