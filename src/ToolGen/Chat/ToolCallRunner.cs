using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ToolGen.Generated;

namespace ToolGen.Chat;

/// <summary>
/// Runs the calls of one response: answers the ones that cannot run (no name, an id used twice, declined), asks for
/// approval per call, runs the rest concurrently within a bound, and keeps each result under its call's id.
/// </summary>
internal sealed class ToolCallRunner
{
    private readonly IToolSet _tools;
    private readonly Dictionary<string, ToolDefinition> _byName;
    private readonly HashSet<string> _strictNames;

    public ToolCallRunner(IToolSet tools, IReadOnlyCollection<string> strictNames)
    {
        _tools = tools;
        _strictNames = new HashSet<string>(strictNames, StringComparer.Ordinal);
        _byName = new Dictionary<string, ToolDefinition>(StringComparer.Ordinal);
        foreach (var definition in tools.Definitions)
        {
            _byName[definition.Name] = definition;
        }
    }

    public async Task<ToolInvocation[]> RunAsync(int step, IReadOnlyList<ToolCall> received, ChatLoopOptions options, CancellationToken cancellationToken)
    {
        var invocations = new ToolInvocation[received.Count];
        var calls = new ToolCall[received.Count];
        var toRun = new List<int>(received.Count);
        var seenIds = new HashSet<string>(StringComparer.Ordinal);

        // Approvals first, one at a time in the model's order (a person may be answering); then the approved calls run together.
        for (var i = 0; i < received.Count; i++)
        {
            var original = received[i];
            _byName.TryGetValue(original.Name, out var definition);
            var call = calls[i] = new ToolCall(original.Id, original.Name, original.Arguments)
            {
                Services = options.Services,
                Strict = definition is not null && _strictNames.Contains(definition.Name),
            };

            if (call.Name.Length == 0)
            {
                invocations[i] = NotRun(step, call, "This tool call has no tool name, so it was not run. Call one of the offered tools by its name.");
                continue;
            }

            if (!seenIds.Add(call.Id))
            {
                invocations[i] = NotRun(step, call, "The call id \"" + call.Id + "\" was used by an earlier call of the same response, so this call of \"" + call.Name + "\" was not run. Give each call its own id.");
                continue;
            }

            var needsApproval = options.RequiresApproval is { } rule ? rule(call, definition) : definition is { RequiresApproval: true };
            if (needsApproval && definition is not null)
            {
                var approved = options.Approve is { } approve && await approve(call, definition, cancellationToken).ConfigureAwait(false);
                if (!approved)
                {
                    invocations[i] = new ToolInvocation(step, call, Declined(call, asked: options.Approve is not null), declined: true);
                    continue;
                }
            }

            toRun.Add(i);
        }

        if (toRun.Count == 1)
        {
            var i = toRun[0];
            invocations[i] = new ToolInvocation(step, calls[i], WithCallId(await InvokeAsync(calls[i], cancellationToken).ConfigureAwait(false), calls[i].Id), declined: false);
            return invocations;
        }

        using var bound = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentToolCalls));
        var pending = new Task<ToolResult>[toRun.Count];
        for (var k = 0; k < toRun.Count; k++)
        {
            pending[k] = InvokeBoundedAsync(calls[toRun[k]], bound, cancellationToken);
        }

        var results = await Task.WhenAll(pending).ConfigureAwait(false);
        for (var k = 0; k < results.Length; k++)
        {
            var i = toRun[k];
            invocations[i] = new ToolInvocation(step, calls[i], WithCallId(results[k], calls[i].Id), declined: false);
        }

        return invocations;
    }

    private async Task<ToolResult> InvokeBoundedAsync(ToolCall call, SemaphoreSlim bound, CancellationToken cancellationToken)
    {
        await bound.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            bound.Release();
        }
    }

    private async Task<ToolResult> InvokeAsync(ToolCall call, CancellationToken cancellationToken)
    {
        try
        {
            return await _tools.InvokeAsync(call, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ToolDispatch.IsToolFailure(ex, cancellationToken))
        {
            // Generated tool sets never throw for a call; a hand-written one might. The model is told, the loop goes on.
            return ToolDispatch.Failed(call, ex);
        }
    }

    /// <summary>The result must answer the call's id, whatever a hand-written tool set put in it.</summary>
    private static ToolResult WithCallId(ToolResult result, string callId)
    {
        if (result.CallId == callId)
        {
            return result;
        }

        return result.Error is { } error ? ToolResult.Failure(callId, error) : ToolResult.Success(callId, result.Content);
    }

    private static ToolInvocation NotRun(int step, ToolCall call, string message) =>
        new(step, call, ToolResult.Failure(call.Id, new ToolError(ToolErrorKind.UnknownTool, message)), declined: false);

    private static ToolResult Declined(ToolCall call, bool asked)
    {
        var message = asked
            ? "The user declined to run tool \"" + call.Name + "\"; it was not run. Do not call it again unless the user asks for it."
            : "Tool \"" + call.Name + "\" needs the user's approval, which this host cannot ask for; it was not run.";
        return ToolResult.Failure(call.Id, new ToolError(ToolErrorKind.ToolFailed, message));
    }
}
