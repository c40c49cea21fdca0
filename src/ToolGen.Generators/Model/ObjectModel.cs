namespace ToolGen.Generators.Model;

/// <summary>A class, struct or record read from and written to a JSON object.</summary>
/// <param name="Key">The fully qualified type name, without annotation; unique within a tool set.</param>
/// <param name="Name">The short type name, for <c>$defs</c> and messages.</param>
/// <param name="IsValueType">Whether it is a struct.</param>
/// <param name="IsRecursive">Whether it contains itself; its schema then goes through <c>$defs</c>/<c>$ref</c>.</param>
/// <param name="Description">From <c>[Description]</c> or the type's XML doc summary.</param>
/// <param name="ConstructorParameterCount">How many arguments the chosen constructor takes.</param>
/// <param name="HasParameterlessConstructor">Whether <c>new T()</c> can supply the defaults of optional init-only properties.</param>
/// <param name="Members">Every public property, in declaration order (base types first).</param>
/// <param name="ReadProblem">Why the model cannot send this type (no constructor ToolGen can call…), or null: it may still be a result.</param>
/// <param name="WriteProblem">Why it cannot be a result (a read-only property of a type with no JSON shape), or null: it may still be an argument.</param>
/// <param name="Marks">What the symbols its reader and writer name are marked with.</param>
/// <param name="Unenforced">Validation attributes on its properties that ToolGen does not enforce (TG0014), by path.</param>
internal sealed record ObjectModel(
    string Key,
    string Name,
    bool IsValueType,
    bool IsRecursive,
    string? Description,
    int ConstructorParameterCount,
    bool HasParameterlessConstructor,
    EquatableArray<MemberModel> Members,
    TypeProblem? ReadProblem = null,
    TypeProblem? WriteProblem = null,
    ReferenceMarks? Marks = null,
    EquatableArray<TypeProblem> Unenforced = default)
{
    /// <summary>Whether a reader can be generated (every tool that reads it has none of its problems).</summary>
    public bool CanRead => ReadProblem is null;

    /// <summary>Whether a writer can be generated.</summary>
    public bool CanWrite => WriteProblem is null;
}

/// <summary>How a property gets its value when the object is built.</summary>
internal enum MemberRole
{
    /// <summary>Passed to the constructor, at <see cref="MemberModel.ConstructorIndex"/>.</summary>
    ConstructorParameter,

    /// <summary>Set after construction when the model sent it.</summary>
    Settable,

    /// <summary>Set in the object initializer (init-only or required).</summary>
    InitOnly,

    /// <summary>Written in results only; the model cannot set it.</summary>
    ReadOnly,
}

/// <param name="CSharpName">The property name in C# (escaped when a keyword).</param>
/// <param name="Role">How the value is set.</param>
/// <param name="ConstructorIndex">The constructor position, for <see cref="MemberRole.ConstructorParameter"/>.</param>
/// <param name="Field">Name in JSON, type, required, default, description and rules.</param>
internal sealed record MemberModel(string CSharpName, MemberRole Role, int ConstructorIndex, FieldModel Field);
