using System;

namespace ToolGen;

/// <summary>
/// Sets ToolGen's naming for a whole assembly: <c>[assembly: ToolGenOptions(PropertyNaming = NamingPolicy.SnakeCase)]</c>.
/// Read at compile time; explicit names (<c>[Tool("name")]</c>, <c>[JsonPropertyName]</c>) always win.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class ToolGenOptionsAttribute : Attribute
{
    /// <summary>How argument names (parameters and object properties) are written; camelCase by default.</summary>
    public NamingPolicy PropertyNaming { get; set; } = NamingPolicy.CamelCase;

    /// <summary>How tool names are derived from method names; snake_case by default (an <c>Async</c> suffix is dropped).</summary>
    public NamingPolicy ToolNaming { get; set; } = NamingPolicy.SnakeCase;
}
