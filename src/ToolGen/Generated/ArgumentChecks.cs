using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading;

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

    /// <summary>
    /// A regular expression for a <c>[RegularExpression]</c> pattern, built once per pattern by the generated code. On
    /// .NET 7 and later it uses the non-backtracking engine, whose time is linear in the value, when the pattern
    /// allows it (not with backreferences, lookarounds or atomic groups); otherwise the usual engine, bounded by
    /// <see cref="RegexTimeout"/> per value and <see cref="ToolCallLimits.MaxPatternTime"/> per call.
    /// </summary>
    public static Regex CreateRegex(string pattern)
    {
#if NET7_0_OR_GREATER
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, RegexTimeout);
        }
        catch (NotSupportedException)
        {
            // A construct the non-backtracking engine does not have: the usual engine, with its timeouts.
        }
#endif
        return new Regex(pattern, RegexOptions.CultureInvariant, RegexTimeout);
    }

    // Pattern checks of the call being read on this thread. Reading arguments is synchronous, so a thread-static
    // is the call's own; a reader used outside a call (no BeginCall) has no budget but the per-value timeout.
    [ThreadStatic]
    private static bool t_active;
    [ThreadStatic]
    private static long t_spent;
    [ThreadStatic]
    private static CancellationToken t_cancellation;

    /// <summary>Starts the pattern-time budget of one call (<see cref="ToolCallLimits.MaxPatternTime"/>) and the cancellation it watches.</summary>
    /// <param name="cancellationToken">The call's token: reading stops when it is cancelled.</param>
    public static void BeginCall(CancellationToken cancellationToken)
    {
        t_active = true;
        t_spent = 0;
        t_cancellation = cancellationToken;
    }

    /// <summary>Ends the budget started by <see cref="BeginCall"/>.</summary>
    public static void EndCall()
    {
        t_active = false;
        t_cancellation = default;
    }

    /// <summary>
    /// Checks that the whole value matches a <c>[RegularExpression]</c> pattern, as <c>RegularExpressionAttribute</c>
    /// requires, and records a problem when it does not, when the match timed out, or when the call has used up
    /// its time for pattern checks (then the pattern is not run at all).
    /// </summary>
    /// <param name="errors">The collection, created on first use.</param>
    /// <param name="regex">The pattern, from <see cref="CreateRegex"/>.</param>
    /// <param name="value">The value.</param>
    /// <param name="path">The JSON path of the value.</param>
    /// <param name="pattern">The pattern as written, for the message.</param>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public static void Match(ref ArgumentErrors? errors, Regex regex, string value, string path, string pattern)
    {
        if (t_active)
        {
            t_cancellation.ThrowIfCancellationRequested();
            if (t_spent >= ToolCallLimits.MaxPatternTime.Ticks)
            {
                ArgumentErrors.Add(ref errors, path, "not checked: pattern checks used up the time allowed for one call; send shorter or simpler values.");
                return;
            }
        }

        var start = Stopwatch.GetTimestamp();
        bool matches;
        try
        {
            var match = regex.Match(value);
            matches = match.Success && match.Index == 0 && match.Length == value.Length;
        }
        catch (RegexMatchTimeoutException)
        {
            ArgumentErrors.Add(ref errors, path, "could not be checked against the pattern " + pattern + " in the time allowed; send a shorter or simpler value.");
            return;
        }
        finally
        {
            if (t_active)
            {
                t_spent += (long)((Stopwatch.GetTimestamp() - start) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency));
            }
        }

        if (!matches)
        {
            ArgumentErrors.Broken(ref errors, path, "must match the pattern " + pattern, Quote(value));
        }
    }

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
