using ToolGen;

namespace ToolGen.Tests.Tools;

/// <summary>Tools that fail in each way a tool can.</summary>
public partial class FailingTools
{
    [Tool]
    public int Crash(string secret) => throw new InvalidOperationException("connection string: " + secret);

    [Tool]
    public int Refuse(string reason) => throw new ToolException("cannot do that: " + reason);

    [Tool]
    public async Task<int> CrashLater()
    {
        await Task.Yield();
        throw new InvalidOperationException("late failure");
    }

    [Tool]
    public Task<int> NullTask() => null!;

    [Tool]
    public async Task WaitForever(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    [Tool]
    public async ValueTask<int> TimesOutInside()
    {
        await Task.Yield();
        throw new OperationCanceledException("an inner timeout, not the caller's cancellation");
    }

    [Tool]
    public void SyncCancel(CancellationToken cancellationToken) => cancellationToken.ThrowIfCancellationRequested();
}
