using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ToolGen.Generated;

/// <summary>
/// The checks behind DataAnnotations attributes on tool parameters and properties, with the same
/// meaning as the attributes' own <c>IsValid</c>, and the text of their messages.
/// </summary>
/// <remarks>Called by code that ToolGen generates; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArgumentChecks
{
    /// <summary>How long one regular-expression match may run before the value is refused.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A regular expression for a <c>[RegularExpression]</c> pattern, built once per pattern by the generated code.</summary>
    public static Regex CreateRegex(string pattern) => new(pattern, RegexOptions.CultureInvariant, RegexTimeout);

    /// <summary>Whether the whole value matches, as <c>RegularExpressionAttribute</c> requires; a match that times out fails.</summary>
    public static bool MatchesWhole(Regex regex, string value)
    {
        try
        {
            var match = regex.Match(value);
            return match.Success && match.Index == 0 && match.Length == value.Length;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>The rule of <c>EmailAddressAttribute</c>: one <c>@</c>, neither first nor last.</summary>
    public static bool IsEmail(string value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at != value.Length - 1 && at == value.LastIndexOf('@') && value.IndexOf('\r') < 0 && value.IndexOf('\n') < 0;
    }

    /// <summary>
    /// The rule of <c>UrlAttribute</c>, an http, https or ftp address, that is also an RFC 3986 URI, since the schema
    /// says <c>format: uri</c> (docs/schema-semantics.md).
    /// </summary>
    public static bool IsUrl(string value) =>
        (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
         value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
         value.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)) &&
        JsonArgs.IsAbsoluteUri(value);

    /// <summary>A received string as a message quotes it: in quotes, cut to a few dozen characters.</summary>
    public static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder();
        JsonText.AppendQuoted(builder, value, JsonText.QuoteLimit);
        return builder.ToString();
    }

    /// <summary>A received number as a message quotes it.</summary>
    public static string Quote(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A received number as a message quotes it.</summary>
    public static string Quote(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A received number as a message quotes it.</summary>
    public static string Quote(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A received number as a message quotes it.</summary>
    public static string Quote(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count as a message states it.</summary>
    public static string Count(int value, string noun) =>
        value.ToString(CultureInfo.InvariantCulture) + " " + noun + (value == 1 ? string.Empty : "s");
}
