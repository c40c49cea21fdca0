using System;

namespace ToolGen;

/// <summary>
/// Bounds on what a model may send in one call, applied by every generated argument reader. Arguments over
/// a bound come back as an error result, never as an exception or a stack overflow.
/// </summary>
public static class ToolCallLimits
{
    private static int s_maxArgumentBytes = 1024 * 1024;
    private static int s_maxDepth = 64;
    private static long s_maxPatternTicks = TimeSpan.FromSeconds(2).Ticks;

    /// <summary>The largest arguments accepted, in UTF-8 bytes; 1 MiB by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public static int MaxArgumentBytes
    {
        get => s_maxArgumentBytes;
        set => s_maxArgumentBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The limit must be positive.");
    }

    /// <summary>The deepest nesting of objects and arrays accepted; 64 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not between 1 and 1000.</exception>
    public static int MaxDepth
    {
        get => s_maxDepth;
        set => s_maxDepth = value is > 0 and <= 1000 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The depth must be between 1 and 1000.");
    }

    /// <summary>
    /// The time one call may spend matching <c>[RegularExpression]</c> patterns, all values together; 2 seconds by
    /// default. Each match also stops after <see cref="Generated.ArgumentChecks.RegexTimeout"/>. Once the time is used
    /// up, the values still to check are refused with a message saying so, without running the pattern.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public static TimeSpan MaxPatternTime
    {
        get => new(System.Threading.Interlocked.Read(ref s_maxPatternTicks));
        set => System.Threading.Interlocked.Exchange(ref s_maxPatternTicks, value > TimeSpan.Zero ? value.Ticks : throw new ArgumentOutOfRangeException(nameof(value), value, "The time must be positive."));
    }
}
