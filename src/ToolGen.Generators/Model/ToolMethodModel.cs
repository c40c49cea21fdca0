namespace ToolGen.Generators.Model;

/// <summary>The type that holds a tool, without its tools: the key by which tools are grouped into sets.</summary>
internal sealed record ToolSetHeader(
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string FullyQualifiedName,
    bool IsStatic);

/// <summary>One valid tool and the type that holds it: what the parse step yields per <c>[Tool]</c> method.</summary>
internal sealed record ToolMethodModel(ToolSetHeader Header, ToolModel Tool);
