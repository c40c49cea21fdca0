using System;
using System.Globalization;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Parsing;

/// <summary>Turns a parameter's constant default into C# source (to initialise the local) and JSON (for the schema).</summary>
internal static class DefaultValues
{
    public static DefaultValueModel Of(TypeModel type, object? value)
    {
        if (value is null)
        {
            // `= null` on a nullable or reference type; `= default` on a value type.
            if (type.IsNullable)
            {
                return new DefaultValueModel("null", null);
            }

            // `string s = null` in a nullable-disabled context: generated code is nullable-enabled, so say the null is intended.
            return type.IsValueType
                ? new DefaultValueModel("default", ZeroJson(type))
                : new DefaultValueModel("null!", null);
        }

        var inv = CultureInfo.InvariantCulture;
        switch (type.Kind)
        {
            case TypeKind.String:
                return new DefaultValueModel(CSharpLiteral.String((string)value), JsonLiteral.String((string)value));
            case TypeKind.Char:
                return new DefaultValueModel(CSharpLiteral.Char((char)value), JsonLiteral.String(((char)value).ToString()));
            case TypeKind.Boolean:
                return (bool)value ? new DefaultValueModel("true", "true") : new DefaultValueModel("false", "false");
            case TypeKind.SByte:
                return Integer("(sbyte)", ((sbyte)value).ToString(inv), string.Empty);
            case TypeKind.Byte:
                return Integer("(byte)", ((byte)value).ToString(inv), string.Empty);
            case TypeKind.Int16:
                return Integer("(short)", ((short)value).ToString(inv), string.Empty);
            case TypeKind.UInt16:
                return Integer("(ushort)", ((ushort)value).ToString(inv), string.Empty);
            case TypeKind.Int32:
                return Integer(string.Empty, ((int)value).ToString(inv), string.Empty);
            case TypeKind.UInt32:
                return Integer(string.Empty, ((uint)value).ToString(inv), "U");
            case TypeKind.Int64:
                return Integer(string.Empty, ((long)value).ToString(inv), "L");
            case TypeKind.IntPtr:
                return Integer("(nint)", Convert.ToInt64(value, inv).ToString(inv), string.Empty);
            case TypeKind.UInt64:
                return Integer(string.Empty, ((ulong)value).ToString(inv), "UL");
            case TypeKind.Single:
                var f = Convert.ToSingle(value, inv);
                return float.IsNaN(f) || float.IsInfinity(f)
                    ? new DefaultValueModel(NonFinite("float", f.ToString(inv)), null)
                    : new DefaultValueModel(f.ToString("R", inv) + "F", f.ToString("R", inv));
            case TypeKind.Double:
                var d = Convert.ToDouble(value, inv);
                return double.IsNaN(d) || double.IsInfinity(d)
                    ? new DefaultValueModel(NonFinite("double", d.ToString(inv)), null)
                    : new DefaultValueModel(d.ToString("R", inv) + "D", d.ToString("R", inv));
            case TypeKind.Decimal:
                var m = Convert.ToDecimal(value, inv);
                return new DefaultValueModel(m.ToString(inv) + "M", m.ToString(inv));
            case TypeKind.Enum:
                return EnumDefault(type, value);
            case TypeKind.FlagsEnum:
                return FlagsDefault(type, value);
            default:
                return new DefaultValueModel("default", null);
        }
    }

    private static DefaultValueModel Integer(string cast, string digits, string suffix) =>
        new(digits.StartsWith("-", StringComparison.Ordinal) && cast.Length > 0 ? cast + "(" + digits + ")" : cast + digits + suffix, digits);

    private static string NonFinite(string type, string text) => text switch
    {
        "NaN" => type + ".NaN",
        _ when text.StartsWith("-", StringComparison.Ordinal) => type + ".NegativeInfinity",
        _ => type + ".PositiveInfinity",
    };

    private static DefaultValueModel EnumDefault(TypeModel type, object value)
    {
        var enumModel = type.Enum!;
        var number = Convert.ToString(value, CultureInfo.InvariantCulture);
        foreach (var member in enumModel.Members)
        {
            if (member.Value == number)
            {
                // By value, not by name: generated code never names an enum member, which may be [Obsolete] or [Experimental].
                return new DefaultValueModel(CSharpLiteral.EnumValue(enumModel.TypeName, enumModel.UnderlyingTypeName, number!), JsonLiteral.String(member.JsonName));
            }
        }

        // A default with no member of its own (e.g. `(Unit)7`) cannot be named in the schema.
        return new DefaultValueModel("(" + enumModel.TypeName + ")(" + number + ")", null);
    }

    /// <summary>A [Flags] default: the constant cast to the enum, and in JSON the names of its single-bit members.</summary>
    private static DefaultValueModel FlagsDefault(TypeModel type, object value)
    {
        var enumModel = type.Enum!;
        var number = Convert.ToString(value, CultureInfo.InvariantCulture)!;
        var expression = "(" + enumModel.TypeName + ")(" + number + ")";
        var bits = Bits(number);
        var names = new System.Collections.Generic.List<string>();
        var covered = 0UL;
        foreach (var member in enumModel.Members)
        {
            var memberBits = Bits(member.Value);
            if (member.IsSingleFlag && (bits & memberBits) == memberBits)
            {
                names.Add(JsonLiteral.String(member.JsonName));
                covered |= memberBits;
            }
        }

        // Bits no single-bit member names cannot be written as an array of names.
        return new DefaultValueModel(expression, covered == bits ? "[" + string.Join(",", names) + "]" : null);
    }

    /// <summary>The bit pattern of an enum constant written in decimal, signed or unsigned.</summary>
    public static ulong Bits(string number) =>
        number.StartsWith("-", StringComparison.Ordinal)
            ? unchecked((ulong)long.Parse(number, CultureInfo.InvariantCulture))
            : ulong.Parse(number, CultureInfo.InvariantCulture);

    private static string? ZeroJson(TypeModel type) => type.Kind switch
    {
        TypeKind.Boolean => "false",
        TypeKind.IntPtr or TypeKind.SByte or TypeKind.Byte or TypeKind.Int16 or TypeKind.UInt16 or TypeKind.Int32 or TypeKind.UInt32
            or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Single or TypeKind.Double or TypeKind.Decimal => "0",
        _ => null,
    };
}
