namespace ToolGen.Generators.Model;

/// <summary>The type that holds a tool, without its tools: the key by which tools are grouped into sets.</summary>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">The type and its enclosing types, outermost first.</param>
/// <param name="FullyQualifiedName">The type's fully qualified name, e.g. <c>global::Ns.Outer.Tools</c>.</param>
/// <param name="IsStatic">Whether the type is a static class (which cannot implement an interface).</param>
/// <param name="HidesBaseMembers">
/// Whether a base type already has <c>ToolDefinitions</c> or <c>InvokeAsync</c> (a tool class deriving from
/// another): the generated members then say <c>new</c>.
/// </param>
internal sealed record ToolSetHeader(
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string FullyQualifiedName,
    bool IsStatic,
    bool HidesBaseMembers = false);

/// <summary>One valid tool and the type that holds it: what the parse step yields per <c>[Tool]</c> method.</summary>
internal sealed record ToolMethodModel(ToolSetHeader Header, ToolModel Tool);
