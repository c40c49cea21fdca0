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
    IntPtr,
    Single,
    Double,
    Decimal,
    Enum,
    FlagsEnum,
    Guid,
    Uri,
    DateTime,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    JsonElement,
    JsonNode,
    JsonObject,
    JsonArray,
    Collection,
    Dictionary,
    Object,
}

/// <summary>How a collection or map is built after its elements are read.</summary>
internal enum CollectionKind
{
    None,

    /// <summary><c>T[]</c>: read into a list, then copied to an array.</summary>
    Array,

    /// <summary><c>List&lt;T&gt;</c> and the interfaces a list implements (IList, ICollection, IEnumerable, IReadOnlyList, IReadOnlyCollection).</summary>
    List,

    /// <summary><c>HashSet&lt;T&gt;</c> and <c>ISet&lt;T&gt;</c>, <c>IReadOnlySet&lt;T&gt;</c>: items are unique.</summary>
    HashSet,

    /// <summary><c>ImmutableArray&lt;T&gt;</c>.</summary>
    ImmutableArray,

    /// <summary><c>Dictionary&lt;K,V&gt;</c>, <c>IDictionary&lt;K,V&gt;</c>, <c>IReadOnlyDictionary&lt;K,V&gt;</c>.</summary>
    Dictionary,
}

/// <summary>A parameter, property or return type that ToolGen can express.</summary>
/// <remarks>
/// Value-equatable: holds only strings, enums and other models, never symbols, so the pipeline can cache it.
/// An object type is referred to by <see cref="ObjectKey"/>; its members live once in the tool set's object list,
/// which is how recursive types are expressed without an infinite model.
/// </remarks>
/// <param name="Kind">The JSON shape.</param>
/// <param name="TypeName">The fully qualified C# type, with its nullable annotation, e.g. <c>global::System.Collections.Generic.List&lt;string?&gt;?</c>.</param>
/// <param name="IsNullable">Whether null is a value of the type (<c>T?</c>).</param>
/// <param name="Collection">How a collection is built; <see cref="CollectionKind.None"/> for other kinds.</param>
/// <param name="Element">The element type of a collection, or the value type of a dictionary.</param>
/// <param name="Enum">The members of an enum.</param>
/// <param name="Key">The key type of a dictionary (string or enum).</param>
/// <param name="ObjectKey">The fully qualified name of an object type, without annotation.</param>
/// <param name="IsValueType">Whether the underlying type is a struct (for <c>.Value</c> on nullables).</param>
internal sealed record TypeModel(
    TypeKind Kind,
    string TypeName,
    bool IsNullable,
    CollectionKind Collection = CollectionKind.None,
    TypeModel? Element = null,
    EnumModel? Enum = null,
    TypeModel? Key = null,
    string? ObjectKey = null,
    bool IsValueType = false);

/// <summary>An enum's members as the model sees them.</summary>
/// <param name="TypeName">The fully qualified enum type, without nullable annotation.</param>
/// <param name="UnderlyingTypeName">The underlying integer type, e.g. <c>int</c>, for writing unnamed values.</param>
/// <param name="Members">Members in declaration order.</param>
internal sealed record EnumModel(string TypeName, string UnderlyingTypeName, EquatableArray<EnumMemberModel> Members);

/// <param name="CSharpName">The member name in C#.</param>
/// <param name="JsonName">The name in JSON (the declared name, or <c>[JsonStringEnumMemberName]</c>).</param>
/// <param name="Value">The constant, in invariant decimal digits (enums may be unsigned 64-bit).</param>
/// <param name="Description">From <c>[Description]</c> or the XML doc summary, for the schema.</param>
/// <param name="IsSingleFlag">Whether the value has exactly one bit set (what a [Flags] result is written as).</param>
internal sealed record EnumMemberModel(string CSharpName, string JsonName, string Value, string? Description = null, bool IsSingleFlag = false);
