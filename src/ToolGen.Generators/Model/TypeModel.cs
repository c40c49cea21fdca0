namespace ToolGen.Generators.Model;

/// <summary>The JSON shape of a C# type, as the schema, the argument reader and the result writer see it.</summary>
internal enum TypeKind
{
    String,
    Char,
    Boolean,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    Enum,
    Collection,
}

/// <summary>How a collection is built after its elements are read.</summary>
internal enum CollectionKind
{
    None,

    /// <summary><c>T[]</c>: read into a list, then copied to an array.</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c> and the interfaces a list implements (IList, ICollection, IEnumerable, IReadOnlyList, IReadOnlyCollection).</summary>
    List,
}

/// <summary>A parameter or return type that ToolGen can express.</summary>
/// <remarks>
/// Value-equatable: holds only strings, enums and other models, never symbols, so the pipeline can cache it.
/// </remarks>
/// <param name="Kind">The JSON shape.</param>
/// <param name="TypeName">The fully qualified C# type, with its nullable annotation, e.g. <c>global::System.Collections.Generic.List&lt;string?&gt;?</c>.</param>
/// <param name="IsNullable">Whether null is a value of the type (<c>T?</c>).</param>
/// <param name="Collection">How a collection is built; <see cref="CollectionKind.None"/> for other kinds.</param>
/// <param name="Element">The element type of a collection.</param>
/// <param name="Enum">The members of an enum.</param>
internal sealed record TypeModel(
    TypeKind Kind,
    string TypeName,
    bool IsNullable,
    CollectionKind Collection = CollectionKind.None,
    TypeModel? Element = null,
    EnumModel? Enum = null);

/// <summary>An enum's members as the model sees them.</summary>
/// <param name="TypeName">The fully qualified enum type, without nullable annotation.</param>
/// <param name="UnderlyingTypeName">The underlying integer type, e.g. <c>int</c>, for writing unnamed values.</param>
/// <param name="Members">Members in declaration order.</param>
internal sealed record EnumModel(string TypeName, string UnderlyingTypeName, EquatableArray<EnumMemberModel> Members);

/// <param name="CSharpName">The member name in C#.</param>
/// <param name="JsonName">The name in JSON (the declared name, or <c>[JsonStringEnumMemberName]</c>).</param>
/// <param name="Value">The constant, in invariant decimal digits (enums may be unsigned 64-bit).</param>
internal sealed record EnumMemberModel(string CSharpName, string JsonName, string Value);
