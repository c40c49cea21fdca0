using System.Globalization;
using System.Text;

namespace ToolGen.Generators.Text;

/// <summary>C# source literals for values that generated code embeds.</summary>
internal static class CSharpLiteral
{
    /// <summary>A regular string literal; every character C# treats as a line break is escaped.</summary>
    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (c < ' ' || c == '\u0085' || c == '\u2028' || c == '\u2029' || Surrogates.IsLone(value, i))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>A character literal.</summary>
    public static string Char(char value) => value switch
    {
        '\'' => "'\\''",
        '\\' => "'\\\\'",
        _ when value < ' ' || value == '\u0085' || value == '\u2028' || value == '\u2029' || char.IsSurrogate(value) =>
            "'\\u" + ((int)value).ToString("x4", CultureInfo.InvariantCulture) + "'",
        _ => "'" + value + "'",
    };

    /// <summary>
    /// A <c>ReadOnlySpan&lt;byte&gt;</c> initializer holding UTF-8 bytes. The compiler maps such a
    /// property straight onto the assembly's data, with no allocation, and it works from C# 7.3 on,
    /// unlike <c>"..."u8</c> (C# 11).
    /// </summary>
    public static string Utf8Bytes(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder("new byte[] { ");
        for (var i = 0; i < bytes.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(bytes[i].ToString(CultureInfo.InvariantCulture));
        }

        return builder.Append(" }").ToString();
    }

    /// <summary>
    /// A private property holding the UTF-8 bytes of <paramref name="text"/>, with the text in a comment beside it so
    /// that a reader sees what the bytes spell (the comment is the text as a C# literal: never a line break in it).
    /// </summary>
    public static string Utf8Property(string name, string text) =>
        $"private static global::System.ReadOnlySpan<byte> {name} => {Utf8Bytes(text)}; // {String(text)}";

    /// <summary>
    /// An enum value as its constant cast to the enum, <c>(global::Ns.Unit)2</c>, so that generated code never names a
    /// member (an obsolete or experimental member would raise a diagnostic). The literal has the underlying type.
    /// </summary>
    /// <param name="enumType">The fully qualified enum type.</param>
    /// <param name="underlyingType">The underlying type as C# writes it: <c>int</c>, <c>ulong</c>, ….</param>
    /// <param name="value">The constant in invariant decimal digits.</param>
    public static string EnumValue(string enumType, string underlyingType, string value)
    {
        var suffix = underlyingType switch
        {
            "uint" => "U",
            "long" => "L",
            "ulong" => "UL",
            _ => string.Empty,
        };
        var literal = value + suffix;
        return "(" + enumType + ")" + (value.StartsWith("-", System.StringComparison.Ordinal) ? "(" + literal + ")" : literal);
    }
}
