namespace ToolGen.Generators.Model;

/// <summary>A partial type holding tools, and everything needed to emit its generated half.</summary>
/// <param name="Header">The type: namespace, enclosing types, name, whether it is static.</param>
/// <param name="Tools">The valid tools, in declaration order, names unique.</param>
/// <param name="Objects">Every object type the tools read or write, once each.</param>
/// <param name="HintName">
/// The generated file's name: stable, without keyword escapes (Roslyn refuses '@'), and unique ignoring
/// case among all sets (Roslyn compares hint names that way).
/// </param>
internal sealed record ToolSetModel(ToolSetHeader Header, EquatableArray<ToolModel> Tools, EquatableArray<ObjectModel> Objects, string HintName)
{
    /// <summary>The hint name a set would have on its own, before case collisions are resolved.</summary>
    public static string BaseHintName(ToolSetHeader header) =>
        header.FullyQualifiedName.Replace("global::", string.Empty).Replace("@", string.Empty);
}

/// <param name="Keyword">The declaration keyword, e.g. <c>class</c>, <c>record struct</c>.</param>
/// <param name="Name">The type name.</param>
internal sealed record ContainingTypeModel(string Keyword, string Name);

/// <summary>One valid tool method.</summary>
/// <param name="Name">The tool name the model sees.</param>
/// <param name="MethodName">The C# method name.</param>
/// <param name="IsStatic">Whether the method is static.</param>
/// <param name="Description">What the tool does, for the model (may be empty).</param>
/// <param name="RequiresApproval">From <c>[Tool(RequiresApproval = true)]</c>.</param>
/// <param name="Parameters">The method's parameters, in order, including special ones.</param>
/// <param name="Return">What the method returns.</param>
/// <param name="Objects">The object types this tool reads or writes.</param>
/// <param name="Marks">What the symbols its generated code names are marked with (its objects' marks included), or null for nothing.</param>
/// <param name="Annotations">Title and hints from <c>[Tool]</c>, or null when it sets none.</param>
internal sealed record ToolModel(
    string Name,
    string MethodName,
    bool IsStatic,
    string Description,
    bool RequiresApproval,
    EquatableArray<ParameterModel> Parameters,
    ReturnModel Return,
    EquatableArray<ObjectModel> Objects,
    ReferenceMarks? Marks = null,
    ToolAnnotationsModel? Annotations = null);

/// <summary>What a parameter is filled from.</summary>
internal enum ParameterRole
{
    /// <summary>A property of the arguments object.</summary>
    Argument,

    /// <summary>The token passed to <c>InvokeAsync</c>.</summary>
    CancellationToken,

    /// <summary>The call's <c>IServiceProvider</c>.</summary>
    ServiceProvider,

    /// <summary>A <c>ToolCallContext</c> for the call.</summary>
    Context,

    /// <summary>A <c>[FromServices]</c> parameter, resolved from the call's services.</summary>
    Service,
}

/// <param name="Role">Where the value comes from.</param>
/// <param name="Field">The argument (null for special parameters).</param>
/// <param name="ServiceTypeName">The type of a <see cref="ParameterRole.Service"/> parameter.</param>
/// <param name="ServiceIsOptional">A service parameter that is nullable or has a default: null when the service is missing.</param>
internal sealed record ParameterModel(ParameterRole Role, FieldModel? Field, string? ServiceTypeName = null, bool ServiceIsOptional = false);

/// <summary>How a method delivers its result.</summary>
internal enum AsyncKind
{
    None,
    Task,
    ValueTask,
}

/// <param name="Async">Whether the result is awaited.</param>
/// <param name="Value">The type of the value, or null for void, Task and ValueTask.</param>
internal sealed record ReturnModel(AsyncKind Async, TypeModel? Value);
