using System;

namespace ToolGen;

/// <summary>
/// Marks a method as a tool that a language model may call. At compile time ToolGen generates the
/// method's JSON schema, a reflection-free argument reader and a case of the type's dispatcher.
/// </summary>
/// <remarks>
/// The containing type (and every type enclosing it) must be <c>partial</c>. The tool name defaults to the
/// snake_case form of the method name (<c>SearchFlights</c> becomes <c>search_flights</c>).
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
}
