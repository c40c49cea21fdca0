using System.Linq;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Emit;

/// <summary>Per-kind facts that the schema, the reader and the writer share, so that they agree on every type.</summary>
internal static class TypeFacts
{
    /// <summary>The JSON Schema <c>type</c> of a kind; null for free JSON, which has no type.</summary>
    public static string? JsonType(TypeKind kind) => kind switch
    {
        TypeKind.String or TypeKind.Char or TypeKind.Enum or TypeKind.Guid or TypeKind.Uri or TypeKind.DateTime
            or TypeKind.DateTimeOffset or TypeKind.DateOnly or TypeKind.TimeOnly or TypeKind.TimeSpan => "string",
        TypeKind.Boolean => "boolean",
        TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "number",
        TypeKind.Collection or TypeKind.FlagsEnum => "array",
        TypeKind.Dictionary or TypeKind.Object or TypeKind.JsonObject => "object",
        TypeKind.JsonArray => "array",
        TypeKind.JsonElement or TypeKind.JsonNode => null,
        _ => "integer",
    };

    /// <summary>The JSON Schema <c>format</c> of a kind, or null (docs/schema-semantics.md: what each one admits).</summary>
    public static string? Format(TypeKind kind) => kind switch
    {
        TypeKind.Guid => "uuid",
        TypeKind.Uri => "uri",
        // RFC 3339 date-time needs an offset: DateTimeOffset has one; a DateTime may be a local time (Pattern).
        TypeKind.DateTimeOffset => "date-time",
        TypeKind.DateOnly => "date",
        // RFC 3339 full-time needs an offset, which a TimeOnly has not: described by Pattern instead.
        TypeKind.TimeSpan => "duration",
        _ => null,
    };

    /// <summary>
    /// The <c>pattern</c> of a kind whose values no <c>format</c> describes exactly, or null; the reader accepts exactly
    /// what it matches, and refuses only dates that do not exist (2026-02-30), which a pattern cannot tell.
    /// </summary>
    public static string? Pattern(TypeKind kind) => kind switch
    {
        TypeKind.DateTime => DateTimePattern,
        TypeKind.TimeOnly => TimeOnlyPattern,
        _ => null,
    };

    /// <summary>RFC 3339 date-time with the offset optional (no offset: a local time); T and Z in either case.</summary>
    public const string DateTimePattern =
        "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])?$";

    /// <summary>A time of day without offset: H:m[:s[.fffffff]], one or two digits a field.</summary>
    public const string TimeOnlyPattern = "^([01]?[0-9]|2[0-3]):[0-5]?[0-9](:[0-5]?[0-9](\\.[0-9]{1,7})?)?$";

    /// <summary>Whether a value of the kind is read by one <c>JsonArgs.TryReadX</c> helper.</summary>
    public static bool HasReadHelper(TypeKind kind) => kind is not (TypeKind.Enum or TypeKind.FlagsEnum or TypeKind.Collection or TypeKind.Dictionary or TypeKind.Object);

    /// <summary>The name of the <c>JsonArgs.TryReadX</c> helper for a scalar kind.</summary>
    public static string ReadHelper(TypeKind kind) => "TryRead" + kind;

    /// <summary>
    /// The bounds a schema states for an integer kind. The full range of <c>int</c>, <c>long</c> and <c>nint</c> tells
    /// a model nothing and costs about 14 prompt tokens per parameter, so only narrower types state both bounds and
    /// unsigned ones state their minimum; the reader still checks the full range and names it in its messages.
    /// </summary>
    public static (string? Min, string? Max)? SchemaRange(TypeKind kind) => kind switch
    {
        TypeKind.Int32 or TypeKind.Int64 or TypeKind.IntPtr => null,
        TypeKind.UInt32 or TypeKind.UInt64 => ("0", null),
        _ => IntegerRange(kind) is { } range ? (range.Min, range.Max) : null,
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
        // nint is described as on 64-bit platforms, where it is a long; a 32-bit process refuses the rest.
        TypeKind.Int64 or TypeKind.IntPtr => ("-9223372036854775808", "9223372036854775807"),
        TypeKind.UInt64 => ("0", "18446744073709551615"),
        _ => null,
    };

    public static bool IsNumber(TypeKind kind) => IntegerRange(kind) is not null || kind is TypeKind.Single or TypeKind.Double or TypeKind.Decimal;

    /// <summary>What a value of the type must be, for an error message: "an integer from 1 to 14".</summary>
    public static string Expected(TypeModel type)
    {
        var text = type.Kind switch
        {
            TypeKind.String => "a string",
            TypeKind.Char => "a string of exactly 1 character",
            TypeKind.Boolean => "true or false",
            // The range is the type's: beyond it float and double would be infinite and decimal cannot hold the value.
            TypeKind.Single => "a number from -3.4028235E+38 to 3.4028235E+38",
            TypeKind.Double => "a number from -1.7976931348623157E+308 to 1.7976931348623157E+308",
            TypeKind.Decimal => "a number from -79228162514264337593543950335 to 79228162514264337593543950335",
            TypeKind.Enum => "one of " + Names(type),
            TypeKind.FlagsEnum => "an array of names from " + Names(type),
            TypeKind.Guid => "a UUID string like \"0f8fad5b-d9cb-469f-a165-70867728950e\"",
            TypeKind.Uri => "an absolute URI string",
            TypeKind.DateTime => "a date-time string like \"2025-07-01T14:30:00\" (local) or \"2025-07-01T14:30:00Z\"",
            TypeKind.DateTimeOffset => "an RFC 3339 date-time string with an offset, like \"2025-07-01T14:30:00Z\" or \"2025-07-01T14:30:00+02:00\"",
            TypeKind.DateOnly => "a date string like \"2025-07-01\"",
            TypeKind.TimeOnly => "a time of day like \"14:30:00\", without offset",
            TypeKind.TimeSpan => "an ISO 8601 duration string like \"PT1H30M\"",
            TypeKind.JsonElement or TypeKind.JsonNode => "any JSON value",
            TypeKind.JsonObject => "a JSON object",
            TypeKind.JsonArray => "a JSON array",
            TypeKind.Collection => "an array",
            TypeKind.Dictionary or TypeKind.Object => "an object",
            _ => "an integer from " + IntegerRange(type.Kind)!.Value.Min + " to " + IntegerRange(type.Kind)!.Value.Max,
        };
        return type.IsNullable ? text + " or null" : text;
    }

    private static string Names(TypeModel type) => string.Join(", ", type.Enum!.Members.Select(m => "\"" + m.JsonName + "\""));

    /// <summary>Whether JSON null is itself a value of the type (free JSON), rather than "no value".</summary>
    public static bool NullIsValue(TypeModel type) => type.Kind == TypeKind.JsonElement && !type.IsNullable;
}
