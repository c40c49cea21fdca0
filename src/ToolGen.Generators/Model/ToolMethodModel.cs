namespace ToolGen.Generators.Model;

/// <summary>The type that holds a tool, without its tools: the key by which tools are grouped into sets.</summary>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">The type and its enclosing types, outermost first.</param>
/// <param name="FullyQualifiedName">The type's fully qualified name, e.g. <c>global::Ns.Outer.Tools</c>.</param>
/// <param name="IsStatic">Whether the type is a static class (which cannot implement an interface).</param>
/// <param name="HidesBaseMembers">
/// Whether an accessible base member is named <c>ToolDefinitions</c> (a tool class deriving from another): the
/// generated static property then says <c>new</c>.
/// </param>
/// <param name="InvokeModifier">
/// The modifier of the generated <c>InvokeAsync</c> with its trailing space: <c>override </c> of a base tool set's,
/// <c>new </c> when it hides a base member, <c>virtual </c> in a class others may derive from, or empty.
/// </param>
/// <param name="BaseToolSet">
/// The fully qualified base type whose tools this set includes (a derived tool set answers to its base's tools too:
/// unknown names go to <c>base.InvokeAsync</c>, and <c>ToolDefinitions</c> lists the base's after its own), or null.
/// </param>
/// <param name="InheritedToolNames">The names the base tool set answers to; a tool of this type may not reuse one (TG0005).</param>
/// <param name="IsMutableStruct">
/// Whether the type is a struct that is not <c>readonly</c>: its tools run on the instance itself (<c>ref this</c>), so
/// that what a tool changes stays changed, as when the method is called directly.
/// </param>
internal sealed record ToolSetHeader(
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string FullyQualifiedName,
    bool IsStatic,
    bool HidesBaseMembers = false,
    string InvokeModifier = "",
    string? BaseToolSet = null,
    EquatableArray<string> InheritedToolNames = default,
    bool IsMutableStruct = false);

/// <summary>One valid tool and the type that holds it: what the parse step yields per <c>[Tool]</c> method.</summary>
internal sealed record ToolMethodModel(ToolSetHeader Header, ToolModel Tool);
