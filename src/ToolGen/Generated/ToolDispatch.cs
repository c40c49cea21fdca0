using System;
using System.ComponentModel;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace ToolGen.Generated;

/// <summary>Support for generated dispatchers: the results of calls that do not reach a tool, or that fail in it.</summary>
/// <remarks>Called by code that ToolGen generates; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ToolDispatch
{
    /// <summary>The result for a call whose tool name is not in the set; it lists the names that are.</summary>
    /// <param name="call">The call.</param>
    /// <param name="definitions">The tools of the set.</param>
    public static ToolResult UnknownTool(ToolCall call, IReadOnlyList<ToolDefinition> definitions)
    {
        var message = new StringBuilder();
        message.Append("Unknown tool ");
        JsonText.AppendQuoted(message, call.Name, JsonText.QuoteLimit);
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
        return ToolResult.Failure(call.Id, new ToolError(ToolErrorKind.UnknownTool, message.ToString()));
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
    public static ToolResult Failed(ToolCall call, Exception exception)
    {
        var message = exception is ToolException
            ? $"Tool \"{call.Name}\" failed: {exception.Message}"
            : $"Tool \"{call.Name}\" failed with {exception.GetType().Name}. The call was well formed; retrying it unchanged may not help.";
        return ToolResult.Failure(call.Id, new ToolError(ToolErrorKind.ToolFailed, message, exception));
    }
}
