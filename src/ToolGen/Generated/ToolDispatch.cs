using System;
using System.ComponentModel;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ToolGen.Generated;

/// <summary>Support for generated dispatchers: the results of calls that do not reach a tool, or that fail in it.</summary>
/// <remarks>Called by code that ToolGen generates; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ToolDispatch
{
    /// <summary>The result for a call whose tool name is not in the set; it lists the names that are.</summary>
    /// <param name="call">The call.</param>
    /// <param name="definitions">The tools of the set.</param>
    public static ToolResult UnknownTool(ToolCall call, IReadOnlyList<ToolDefinition> definitions) =>
        UnknownToolOutput(call.Name, definitions).ToResult(call.Id);

    /// <summary>The outcome of a call whose tool name is not in the set; it lists the names that are.</summary>
    /// <param name="name">The name the call asked for.</param>
    /// <param name="definitions">The tools of the set.</param>
    public static ToolOutput UnknownToolOutput(string name, IReadOnlyList<ToolDefinition> definitions)
    {
        var message = new StringBuilder();
        message.Append("Unknown tool ");
        JsonText.AppendQuoted(message, name, JsonText.QuoteLimit);
        message.Append(". Available tools: ");
        for (var i = 0; i < definitions.Count; i++)
        {
            if (i > 0)
            {
                message.Append(", ");
            }

            message.Append(definitions[i].Name);
        }

        message.Append(definitions.Count == 0 ? "none." : ".");
        return ToolOutput.Failure(new ToolError(ToolErrorKind.UnknownTool, message.ToString()));
    }

    /// <summary>
    /// Resolves a service a tool needs from <see cref="ToolCall.Services"/>, or says which one is missing.
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="serviceType">The service's type.</param>
    /// <param name="service">The service, when found.</param>
    /// <param name="failure">The result to return when it is missing.</param>
    public static bool TryGetService(ToolCall call, Type serviceType, out object service, out ToolResult? failure)
    {
        var found = call.Services?.GetService(serviceType);
        if (found is not null)
        {
            service = found;
            failure = null;
            return true;
        }

        service = null!;
        failure = MissingService(call, serviceType);
        return false;
    }

    /// <summary>
    /// Resolves a service a tool needs from <see cref="ToolCall.Services"/>. A missing service is null when the
    /// parameter is optional (nullable or with a default), else the <see cref="ToolErrorKind.MissingService"/> result;
    /// a provider that throws (a factory that fails) gives the <see cref="ToolErrorKind.ToolFailed"/> result of
    /// <see cref="Failed"/>, since the call was fine and the failure is the host's, perhaps passing. Cancellation
    /// the caller asked for propagates.
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="serviceType">The service's type.</param>
    /// <param name="optional">Whether the tool takes null when the service is missing.</param>
    /// <param name="cancellationToken">The token the caller passed to <c>InvokeAsync</c>.</param>
    /// <param name="service">The service, or null.</param>
    /// <param name="failure">The result to return when the service cannot be had.</param>
    public static bool TryGetService(ToolCall call, Type serviceType, bool optional, CancellationToken cancellationToken, out object? service, out ToolResult? failure)
    {
        object? found;
        try
        {
            found = call.Services?.GetService(serviceType);
        }
        catch (Exception exception) when (IsToolFailure(exception, cancellationToken))
        {
            service = null;
            failure = Failed(call, exception);
            return false;
        }

        if (found is not null || optional)
        {
            service = found;
            failure = null;
            return true;
        }

        service = null;
        failure = MissingService(call, serviceType);
        return false;
    }

    private static ToolResult MissingService(ToolCall call, Type serviceType)
    {
        var problem = call.Services is null
            ? $"Tool \"{call.Name}\" needs the service {serviceType.FullName}, but the call carries no services (set ToolCall.Services)."
            : $"Tool \"{call.Name}\" needs the service {serviceType.FullName}, which the host's service provider does not have.";
        return ToolResult.Failure(
            call.Id,
            new ToolError(
                ToolErrorKind.MissingService,
                $"Tool \"{call.Name}\" is not available right now: the host is missing something it needs. Do not retry this call.",
                new InvalidOperationException(problem)));
    }

    /// <summary>The call's services, for a tool parameter of type <see cref="IServiceProvider"/>, or why there are none.</summary>
    /// <param name="call">The call.</param>
    /// <param name="services">The services, when the call carries them.</param>
    /// <param name="failure">The result to return when it does not.</param>
    public static bool TryGetServices(ToolCall call, out IServiceProvider services, out ToolResult? failure)
    {
        if (call.Services is { } provider)
        {
            services = provider;
            failure = null;
            return true;
        }

        services = null!;
        failure = MissingService(call, typeof(IServiceProvider));
        return false;
    }

    /// <summary>
    /// Whether an exception from a tool becomes an error result. Cancellation that the caller asked for
    /// is not a failure: it propagates.
    /// </summary>
    /// <param name="exception">What the tool threw.</param>
    /// <param name="cancellationToken">The token the caller passed to <c>InvokeAsync</c>.</param>
    public static bool IsToolFailure(Exception exception, CancellationToken cancellationToken) =>
        !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>
    /// The result for a tool that threw. The model sees the message of a <see cref="ToolException"/>; of any
    /// other exception only its type, since messages can carry secrets. The exception itself stays in
    /// <see cref="ToolError.Exception"/> for the host's logs.
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="exception">What the tool threw.</param>
    public static ToolResult Failed(ToolCall call, Exception exception) => Failure(call.Name, exception).ToResult(call.Id);

    /// <summary>The outcome of a call whose tool threw: a <see cref="ToolException"/>'s message is the model's to read; any other exception is named but not detailed.</summary>
    /// <param name="toolName">The tool.</param>
    /// <param name="exception">What the tool threw.</param>
    public static ToolOutput Failure(string toolName, Exception exception)
    {
        var message = exception is ToolException
            ? $"Tool \"{toolName}\" failed: {exception.Message}"
            : $"Tool \"{toolName}\" failed with {exception.GetType().Name}. The call was well formed; retrying it unchanged may not help.";
        return ToolOutput.Failure(new ToolError(ToolErrorKind.ToolFailed, message, exception));
    }

    /// <summary>
    /// The call a tool that takes services or a <see cref="ToolCallContext"/> sees when it is run through
    /// <see cref="IUtf8ToolSet"/>, which has none: an empty id, the name and arguments, no services.
    /// </summary>
    /// <param name="name">The tool name.</param>
    /// <param name="arguments">The arguments.</param>
    public static ToolCall CallFor(string name, ReadOnlyMemory<byte> arguments) => new(string.Empty, name, arguments);

    /// <summary>A dispatcher's outcome as the <see cref="ToolResult"/> of <paramref name="call"/>, without a state machine when it has finished.</summary>
    /// <param name="output">The outcome, perhaps still running.</param>
    /// <param name="call">The call.</param>
    public static ValueTask<ToolResult> ToResult(ValueTask<ToolOutput> output, ToolCall call)
    {
        if (output.IsCompletedSuccessfully)
        {
            return new ValueTask<ToolResult>(output.Result.ToResult(call.Id));
        }

        return Await(output, call.Id);

        static async ValueTask<ToolResult> Await(ValueTask<ToolOutput> output, string callId) => (await output.ConfigureAwait(false)).ToResult(callId);
    }

    /// <summary>A <see cref="ToolResult"/> (from a base tool set's dispatcher) as an outcome.</summary>
    /// <param name="result">The result, perhaps still running.</param>
    public static ValueTask<ToolOutput> ToOutput(ValueTask<ToolResult> result)
    {
        if (result.IsCompletedSuccessfully)
        {
            return new ValueTask<ToolOutput>(ToolOutput.FromResult(result.Result));
        }

        return Await(result);

        static async ValueTask<ToolOutput> Await(ValueTask<ToolResult> result) => ToolOutput.FromResult(await result.ConfigureAwait(false));
    }
}
