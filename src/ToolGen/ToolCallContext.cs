using System;
using System.Collections.Generic;

namespace ToolGen;

/// <summary>
/// What a tool may know about the call that runs it. Declare a parameter of this type to receive it;
/// it never appears in the schema.
/// </summary>
public sealed class ToolCallContext
{
    private Dictionary<string, object?>? _items;

    /// <summary>Creates the context of a call.</summary>
    /// <param name="call">The call being run.</param>
    public ToolCallContext(ToolCall call)
    {
        Call = call ?? throw new ArgumentNullException(nameof(call));
    }

    /// <summary>The call being run.</summary>
    public ToolCall Call { get; }

    /// <summary>The provider's call id.</summary>
    public string CallId => Call.Id;

    /// <summary>The tool name.</summary>
    public string ToolName => Call.Name;

    /// <summary>The services of the host, or <see langword="null"/> when it passed none.</summary>
    public IServiceProvider? Services => Call.Services;

    /// <summary>A bag for values the host and the tool share during this call.</summary>
    public IDictionary<string, object?> Items => _items ??= new Dictionary<string, object?>(StringComparer.Ordinal);
}
