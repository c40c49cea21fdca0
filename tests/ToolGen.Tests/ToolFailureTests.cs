using ToolGen.Tests.Tools;

namespace ToolGen.Tests;

/// <summary>Exceptions thrown by a tool become error results; the caller's cancellation propagates.</summary>
public class ToolFailureTests
{
    private readonly IToolSet _tools = new FailingTools();

    [Fact]
    public void An_exception_becomes_an_error_result_without_its_message()
    {
        var result = _tools.Call("crash", """{"secret":"password=hunter2"}""");
        Assert.True(result.IsError);
        Assert.Equal(ToolErrorKind.ToolFailed, result.Error!.Kind);
        Assert.Equal("Tool \"crash\" failed with InvalidOperationException. The call was well formed; retrying it unchanged may not help.", result.Content);
        Assert.DoesNotContain("hunter2", result.Content);
        Assert.IsType<InvalidOperationException>(result.Error.Exception);
        Assert.Contains("hunter2", result.Error.Exception!.Message);
    }

    [Fact]
    public void A_tool_exception_shows_its_message_to_the_model()
    {
        var result = _tools.Call("refuse", """{"reason":"quota exceeded"}""");
        Assert.Equal(ToolErrorKind.ToolFailed, result.Error!.Kind);
        Assert.Equal("Tool \"refuse\" failed: cannot do that: quota exceeded", result.Content);
    }

    [Fact]
    public async Task An_asynchronous_exception_becomes_an_error_result()
    {
        var result = await _tools.InvokeAsync(new ToolCall("c", "crash_later", "{}"));
        Assert.Equal(ToolErrorKind.ToolFailed, result.Error!.Kind);
        Assert.Equal("late failure", result.Error.Exception!.Message);
    }

    [Fact]
    public async Task A_null_task_becomes_an_error_result()
    {
        var result = await _tools.InvokeAsync(new ToolCall("c", "null_task", "{}"));
        Assert.Equal(ToolErrorKind.ToolFailed, result.Error!.Kind);
    }

    [Fact]
    public async Task The_callers_cancellation_propagates()
    {
        using var cts = new CancellationTokenSource();
        var pending = _tools.InvokeAsync(new ToolCall("c", "wait_forever", "{}"), cts.Token).AsTask();
        Assert.False(pending.IsCompleted);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
    }

    [Fact]
    public async Task Synchronous_cancellation_propagates()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _tools.InvokeAsync(new ToolCall("c", "sync_cancel", "{}"), cts.Token).AsTask());
    }

    [Fact]
    public async Task A_cancellation_the_caller_did_not_ask_for_is_a_failure()
    {
        var result = await _tools.InvokeAsync(new ToolCall("c", "times_out_inside", "{}"));
        Assert.Equal(ToolErrorKind.ToolFailed, result.Error!.Kind);
        Assert.Contains("OperationCanceledException", result.Content);
    }

    [Fact]
    public async Task A_null_call_is_a_programming_error()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => _tools.InvokeAsync(null!).AsTask());
    }
}
