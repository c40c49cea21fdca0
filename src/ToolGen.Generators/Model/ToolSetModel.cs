namespace ToolGen.Generators.Model;

/// <summary>A partial type holding tools, and everything needed to emit its generated half.</summary>
/// <param name="Header">The type: namespace, enclosing types, name, whether it is static.</param>
/// <param name="Tools">The valid tools, in declaration order, names unique.</param>
internal sealed record ToolSetModel(ToolSetHeader Header, EquatableArray<ToolModel> Tools)
{
    /// <summary>A stable, unique file name for the generated source.</summary>
    public string HintName => Header.FullyQualifiedName.Replace("global::", string.Empty) + ".Tools.g.cs";
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
internal sealed record ToolModel(
    string Name,
    string MethodName,
    bool IsStatic,
    string Description,
    bool RequiresApproval,
    EquatableArray<ParameterModel> Parameters,
    ReturnModel Return);

/// <summary>What a parameter is filled from.</summary>
internal enum ParameterRole
{
    /// <summary>A property of the arguments object.</summary>
    Argument,

    /// <summary>The token passed to <c>InvokeAsync</c>.</summary>
    CancellationToken,
}

/// <param name="JsonName">The property name in the arguments object.</param>
/// <param name="Role">Where the value comes from.</param>
/// <param name="Type">The argument's type (null for special parameters).</param>
/// <param name="IsRequired">Whether the model must send it.</param>
/// <param name="Default">The C# default value of an optional parameter.</param>
/// <param name="Description">For the model (may be null).</param>
internal sealed record ParameterModel(
    string JsonName,
    ParameterRole Role,
    TypeModel? Type,
    bool IsRequired,
    DefaultValueModel? Default,
    string? Description);

/// <summary>A default value, as C# source and as JSON.</summary>
/// <param name="CSharpExpression">An expression of the parameter's type, e.g. <c>(short)5</c>.</param>
/// <param name="Json">The same value as JSON, or null when JSON cannot hold it (NaN, infinities).</param>
internal sealed record DefaultValueModel(string CSharpExpression, string? Json);

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
