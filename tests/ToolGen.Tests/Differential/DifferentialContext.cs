using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolGen.Tests.Differential;

// The oracle: System.Text.Json, source-generated, reading each tool's arguments object into a positional record
// whose one property "value" has the tool parameter's type. The options below are those of ToolGen's contract
// (docs/design.md, "Type mapping" and "Bad input from the model") wherever System.Text.Json has a switch for it:
//
//   camelCase names ........................ PropertyNamingPolicy = CamelCase (matched case-sensitively, as ToolGen)
//   null only where the C# type allows it .. RespectNullableAnnotations = true
//   required parameters must be sent ........ RespectRequiredConstructorParameters = true
//   a property given twice is an error ...... AllowDuplicateProperties = false
//   unknown properties are ignored .......... UnmappedMemberHandling = Skip
//   enums by name only, never by number ..... StrictEnumConverter<T> (JsonStringEnumConverter<T>, allowIntegerValues: false)
//   numbers must be JSON numbers ............ NumberHandling = Strict
//   strict JSON, depth 64 ................... no comments, no trailing commas, MaxDepth = 64
//
// T? parameters are optional in ToolGen even without a C# default ("omitted → null"); the oracle's records say
// so with "= null". Parameters with a C# default carry the same default here.

/// <summary>JsonStringEnumConverter&lt;T&gt; that refuses numbers, as ToolGen does.</summary>
public sealed class StrictEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;

public sealed record Args_String(string value);
public sealed record Args_Char(char value);
public sealed record Args_Bool(bool value);
public sealed record Args_SByte(sbyte value);
public sealed record Args_Byte(byte value);
public sealed record Args_Short(short value);
public sealed record Args_UShort(ushort value);
public sealed record Args_Int(int value);
public sealed record Args_UInt(uint value);
public sealed record Args_Long(long value);

// nint: System.Text.Json has no converter for it; long has the same range on 64-bit (see Known_bug_nint_parameter_drops_the_tool).
public sealed record Args_Nint(long value);
public sealed record Args_ULong(ulong value);
public sealed record Args_Float(float value);
public sealed record Args_Double(double value);
public sealed record Args_Decimal(decimal value);
public sealed record Args_Color(Color value);

// A [Flags] value: System.Text.Json reads "Read, Write" strings, ToolGen arrays of names; the flags rows of the
// corpus therefore compare against hand-computed values (see the differences table in DifferentialTests).
public sealed record Args_Perm(Perm value);

public sealed record Args_Guid(Guid value);
public sealed record Args_Uri(Uri value);
public sealed record Args_DateTime(DateTime value);
public sealed record Args_DateTimeOffset(DateTimeOffset value);
public sealed record Args_DateOnly(DateOnly value);
public sealed record Args_TimeOnly(TimeOnly value);
public sealed record Args_TimeSpan(TimeSpan value);
public sealed record Args_NullableInt(int? value = null);
public sealed record Args_NullableDouble(double? value = null);
public sealed record Args_NullableBool(bool? value = null);
public sealed record Args_NullableColor(Color? value = null);
public sealed record Args_NullableGuid(Guid? value = null);
public sealed record Args_NullableDateTime(DateTime? value = null);
public sealed record Args_NullableSpan(Span2? value = null);
public sealed record Args_NullableString(string? value = null);
public sealed record Args_IntArray(int[] value);
public sealed record Args_StringArray(string[] value);
public sealed record Args_NullableArray(string[]? value = null);
public sealed record Args_IntList(List<int> value);
public sealed record Args_NullableIntList(List<int?> value);
public sealed record Args_NullableStringList(List<string?> value);
public sealed record Args_ColorList(IReadOnlyList<Color> value);
public sealed record Args_StringSet(HashSet<string> value);
public sealed record Args_Immutable(ImmutableArray<int> value);
public sealed record Args_Nested(List<List<int>> value);
public sealed record Args_Jagged(double[][] value);
public sealed record Args_StringMap(Dictionary<string, int> value);
public sealed record Args_TextMap(Dictionary<string, string> value);
public sealed record Args_ColorMap(IReadOnlyDictionary<Color, decimal> value);
public sealed record Args_ListMap(Dictionary<string, List<int>> value);
public sealed record Args_Settings(Settings value);
public sealed record Args_Point(Point value);
public sealed record Args_Span(Span2 value);
public sealed record Args_Order(Order value);
public sealed record Args_Tree(TreeNode value);
public sealed record Args_Json(JsonElement value);
public sealed record Args_Mixed(string name, int count = 3, Color color = Color.Red, double? ratio = null, bool enabled = true);
public sealed record Args_Pair(int a, string b);
public sealed record Args_Optionals(int? a = null, string? b = null, Color? c = null);


[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = 64,
    Converters = new[] { typeof(StrictEnumConverter<Color>), typeof(StrictEnumConverter<Perm>) })]
[JsonSerializable(typeof(Args_String))]
[JsonSerializable(typeof(Args_Char))]
[JsonSerializable(typeof(Args_Bool))]
[JsonSerializable(typeof(Args_SByte))]
[JsonSerializable(typeof(Args_Byte))]
[JsonSerializable(typeof(Args_Short))]
[JsonSerializable(typeof(Args_UShort))]
[JsonSerializable(typeof(Args_Int))]
[JsonSerializable(typeof(Args_UInt))]
[JsonSerializable(typeof(Args_Long))]
[JsonSerializable(typeof(Args_Nint))]
[JsonSerializable(typeof(Args_ULong))]
[JsonSerializable(typeof(Args_Float))]
[JsonSerializable(typeof(Args_Double))]
[JsonSerializable(typeof(Args_Decimal))]
[JsonSerializable(typeof(Args_Color))]
[JsonSerializable(typeof(Args_Perm))]
[JsonSerializable(typeof(Args_Guid))]
[JsonSerializable(typeof(Args_Uri))]
[JsonSerializable(typeof(Args_DateTime))]
[JsonSerializable(typeof(Args_DateTimeOffset))]
[JsonSerializable(typeof(Args_DateOnly))]
[JsonSerializable(typeof(Args_TimeOnly))]
[JsonSerializable(typeof(Args_TimeSpan))]
[JsonSerializable(typeof(Args_NullableInt))]
[JsonSerializable(typeof(Args_NullableDouble))]
[JsonSerializable(typeof(Args_NullableBool))]
[JsonSerializable(typeof(Args_NullableColor))]
[JsonSerializable(typeof(Args_NullableGuid))]
[JsonSerializable(typeof(Args_NullableDateTime))]
[JsonSerializable(typeof(Args_NullableSpan))]
[JsonSerializable(typeof(Args_NullableString))]
[JsonSerializable(typeof(Args_IntArray))]
[JsonSerializable(typeof(Args_StringArray))]
[JsonSerializable(typeof(Args_NullableArray))]
[JsonSerializable(typeof(Args_IntList))]
[JsonSerializable(typeof(Args_NullableIntList))]
[JsonSerializable(typeof(Args_NullableStringList))]
[JsonSerializable(typeof(Args_ColorList))]
[JsonSerializable(typeof(Args_StringSet))]
[JsonSerializable(typeof(Args_Immutable))]
[JsonSerializable(typeof(Args_Nested))]
[JsonSerializable(typeof(Args_Jagged))]
[JsonSerializable(typeof(Args_StringMap))]
[JsonSerializable(typeof(Args_TextMap))]
[JsonSerializable(typeof(Args_ColorMap))]
[JsonSerializable(typeof(Args_ListMap))]
[JsonSerializable(typeof(Args_Settings))]
[JsonSerializable(typeof(Args_Point))]
[JsonSerializable(typeof(Args_Span))]
[JsonSerializable(typeof(Args_Order))]
[JsonSerializable(typeof(Args_Tree))]
[JsonSerializable(typeof(Args_Json))]
[JsonSerializable(typeof(Args_Mixed))]
[JsonSerializable(typeof(Args_Pair))]
[JsonSerializable(typeof(Args_Optionals))]
public sealed partial class DifferentialContext : JsonSerializerContext;
