using System.Threading;
using System.Threading.Tasks;

namespace ToolGen.Hosting;

/// <summary>
/// Runs a call whose arguments live in a <see cref="RawArgumentBuffer"/> and gives the buffer back once the call is
/// over (the tool set may read the arguments until its task completes). A call that completes synchronously (generated
/// dispatch of a synchronous tool) returns the tool set's own <see cref="ValueTask{TResult}"/>: no state machine.
/// </summary>
internal static class BufferedInvocation
{
    public static ValueTask<ToolResult> InvokeAsync(IToolSet toolSet, ToolCall call, RawArgumentBuffer? buffer, CancellationToken cancellationToken)
    {
        ValueTask<ToolResult> pending;
        try
        {
            pending = toolSet.InvokeAsync(call, cancellationToken);
        }
        catch
        {
            Release(buffer);
            throw;
        }

        if (pending.IsCompletedSuccessfully)
        {
            Release(buffer);
            return pending;
        }

        return AwaitThenRelease(pending, buffer);
    }

    private static async ValueTask<ToolResult> AwaitThenRelease(ValueTask<ToolResult> pending, RawArgumentBuffer? buffer)
    {
        try
        {
            return await pending.ConfigureAwait(false);
        }
        finally
        {
            Release(buffer);
        }
    }

    private static void Release(RawArgumentBuffer? buffer)
    {
        if (buffer is not null)
        {
            RawArgumentBuffer.Return(buffer);
        }
    }
}
