using System.Linq;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Emit;

/// <summary>Per-kind facts that the schema, the reader and the writer share, so that they agree on every type.</summary>
internal static class TypeFacts
{
    /// <summary>The JSON Schema <c>type</c> of a kind.</summary>
    public static string JsonType(TypeKind kind) => kind switch
    {
        TypeKind.String or TypeKind.Char or TypeKind.Enum => "string",
        TypeKind.Boolean => "boolean",
        TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "number",
        TypeKind.Collection => "array",
        _ => "integer",
    };

    /// <summary>The inclusive range of an integer kind, as JSON numbers; null for other kinds.</summary>
    public static (string Min, string Max)? IntegerRange(TypeKind kind) => kind switch
    {
        TypeKind.SByte => ("-128", "127"),
        TypeKind.Byte => ("0", "255"),
        TypeKind.Int16 => ("-32768", "32767"),
        TypeKind.UInt16 => ("0", "65535"),
        TypeKind.Int32 => ("-2147483648", "2147483647"),
        TypeKind.UInt32 => ("0", "4294967295"),
        TypeKind.Int64 => ("-9223372036854775808", "9223372036854775807"),
        TypeKind.UInt64 => ("0", "18446744073709551615"),
        _ => null,
    };

    /// <summary>The name of the <c>JsonArgs.TryReadX</c> helper for a scalar kind.</summary>
    public static string ReadHelper(TypeKind kind) => "TryRead" + kind;

    /// <summary>What a value of the type must be, for an error message: "an integer from 1 to 14".</summary>
    public static string Expected(TypeModel type)
    {
        var text = type.Kind switch
        {
            TypeKind.String => "a string",
            TypeKind.Char => "a string of exactly 1 character",
            TypeKind.Boolean => "true or false",
            TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "a number",
            TypeKind.Enum => "one of " + string.Join(", ", type.Enum!.Members.Select(m => "\"" + m.JsonName + "\"")),
            TypeKind.Collection => "an array",
            _ => "an integer from " + IntegerRange(type.Kind)!.Value.Min + " to " + IntegerRange(type.Kind)!.Value.Max,
        };
        return type.IsNullable ? text + " or null" : text;
    }

    /// <summary>Whether values of the type may be null at run time though not declared nullable (reference types).</summary>
    public static bool IsReference(TypeModel type) => type.Kind is TypeKind.String or TypeKind.Collection;
}
