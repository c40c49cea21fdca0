using System;
using System.Text;

namespace ToolGen.Generated;

/// <summary>Small text helpers for messages: quoting a value for the model, cut to a readable length.</summary>
internal static class JsonText
{
    /// <summary>How many characters of a received value an error message quotes.</summary>
    public const int QuoteLimit = 40;

    public static void AppendQuoted(StringBuilder builder, string value, int limit)
    {
        builder.Append('"');
        var cut = value.Length > limit;
        var text = cut ? value.Substring(0, limit) : value;
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        if (cut)
        {
            builder.Append("…");
        }
    }

    public static string Cut(string value, int limit) => value.Length > limit ? value.Substring(0, limit) + "…" : value;
}
