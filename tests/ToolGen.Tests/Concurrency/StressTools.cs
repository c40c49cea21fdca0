using System.Globalization;
using ToolGen;

namespace ToolGen.Tests.Concurrency;

/// <summary>Tools whose answer is a function of their arguments, so that a crossed call shows in the content.</summary>
public partial class StressTools
{
    private int _calls;

    /// <summary>How many calls reached a tool of this instance.</summary>
    public int Calls => Volatile.Read(ref _calls);

    [Tool("stress_echo")]
    public string Echo(string tag, int n, string[]? extra = null)
    {
        Interlocked.Increment(ref _calls);
        return tag + ":" + (2L * n).ToString(CultureInfo.InvariantCulture) + ":" + (extra?.Length ?? -1).ToString(CultureInfo.InvariantCulture);
    }

    [Tool("stress_yield")]
    public async Task<long> Yield(long value, int hops, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        for (var i = 0; i < hops; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return value + hops;
    }

    [Tool("stress_throw")]
    public int Throw(string tag)
    {
        Interlocked.Increment(ref _calls);
        throw new InvalidOperationException("boom " + tag);
    }
}

/// <summary>A second set, for <see cref="ToolSet.Combine"/>.</summary>
public partial class StressSumTools
{
    [Tool("stress_sum")]
    public long Sum(long[] values, Point2 offset) => values.Sum() + offset.X * 1000 + offset.Y;
}

public sealed record Point2(long X, long Y);
