namespace ToolGen.Tests.Fuzz;

/// <summary>
/// What build/fuzz.sh prints besides the case count: the slowest call, which its script compares with a bound. Only
/// that run creates one; tests never time calls.
/// </summary>
internal sealed class FuzzReport
{
    [ThreadStatic]
    private static long t_started;

    private long _slowestTicks;

    public TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks));

    public void Start() => t_started = System.Diagnostics.Stopwatch.GetTimestamp();

    public void Completed()
    {
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(t_started).Ticks;
        for (var slowest = Interlocked.Read(ref _slowestTicks); elapsed > slowest; slowest = Interlocked.Read(ref _slowestTicks))
        {
            Interlocked.CompareExchange(ref _slowestTicks, elapsed, slowest);
        }
    }
}
