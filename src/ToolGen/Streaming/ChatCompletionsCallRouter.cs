using System;
using System.Collections.Generic;

namespace ToolGen.Streaming;

/// <summary>
/// Routes the <c>tool_calls</c> fragments of a Chat Completions stream to their calls, by <c>id</c> first and
/// <c>index</c> second, as open-model servers bend the format (wire-formats.md §1 and §6):
/// a missing <c>index</c> (the fragment goes to the latest call); every parallel call on index 0 (a new id, or a new
/// name once the latest call has arguments, starts a call); a call's head on index 0 and its tail on index 1 (an
/// unknown index without a name continues the latest call); the <c>id</c> repeated in every chunk; a trailing
/// fragment with empty arguments after the call completed (ignored). Calls are sequential in every server seen:
/// a new call completes the ones before it, so each is emitted as soon as it is known complete.
/// </summary>
internal sealed class ChatCompletionsCallRouter
{
    private readonly List<StreamedCall> _calls = new();
    private readonly CallIdTable _ids = new();
    private readonly Action<ToolCall, ICollection<ChatStreamUpdate>> _emit;

    public ChatCompletionsCallRouter(Action<ToolCall, ICollection<ChatStreamUpdate>> emit) => _emit = emit;

    /// <summary>
    /// Finds (or starts) the call one fragment belongs to. <see langword="null"/> when the fragment carries nothing
    /// (no call yet, no name, no arguments).
    /// </summary>
    /// <exception cref="FormatException">Arguments arrived for a call that was already complete.</exception>
    public StreamedCall? Route(string? id, int? index, string? name, bool hasArguments, ICollection<ChatStreamUpdate> updates, string path)
    {
        StreamedCall? target;
        if (!string.IsNullOrEmpty(id))
        {
            target = FindById(id!) ?? Unnamed(index, name);
            if (target is null || (!string.IsNullOrEmpty(name) && ((target.Emitted && hasArguments) || NamedOtherwise(target, name))))
            {
                // A new id; or a server that gave two calls the same id (the loop answers the duplicate).
                return Start(id, index, name, updates);
            }
        }
        else
        {
            target = index is int i ? FindByIndex(i) : Latest();
            if (target is not null && target.Emitted && !hasArguments)
            {
                return null; // a trailing fragment with empty arguments after the call completed
            }

            if (target is not null && StartsAnother(target, name))
            {
                target = null;
            }

            if (target is null)
            {
                if (!string.IsNullOrEmpty(name))
                {
                    return Start(null, index, name, updates);
                }

                // No name: the tail of the latest call under another index, or the head of a call that never names itself.
                target = Latest(pendingOnly: true);
                if (target is null)
                {
                    return hasArguments ? Start(null, index, name, updates) : null;
                }

                if (index is int alias && !target.HasIndex(alias))
                {
                    target.AliasIndex = alias;
                }
            }
        }

        if (target.Emitted)
        {
            if (!hasArguments)
            {
                return null; // a trailing fragment with empty arguments after the call completed
            }

            throw StreamJson.Error("Chat Completions", path + " continues the arguments of call \"" + (target.Id ?? target.Name)
                + "\" after it was complete (another call had started, or the turn had finished).");
        }

        if (string.IsNullOrEmpty(target.Name))
        {
            target.Name = name; // a repeated name changes nothing
        }

        if (target.Id is null && !string.IsNullOrEmpty(id))
        {
            target.Id = id;
            _ids.Reserve(id);
        }

        return target;
    }

    /// <summary>Emits every call not yet emitted, in the order they started.</summary>
    public void CompleteAll(ICollection<ChatStreamUpdate> updates)
    {
        foreach (var call in _calls)
        {
            if (!call.Emitted)
            {
                _emit(call.Build(_ids.Assign(call.Id)), updates);
            }
        }
    }

    /// <summary>
    /// The pending call without an id that a fragment bringing an id may belong to (a server that sent the id after
    /// the head): at the same index (or the latest, without index), and not named otherwise.
    /// </summary>
    private StreamedCall? Unnamed(int? index, string? name)
    {
        var candidate = index is int i ? FindByIndex(i) : Latest();
        return candidate is { Emitted: false, Id: null } && (string.IsNullOrEmpty(name) || !NamedOtherwise(candidate, name))
            ? candidate
            : null;
    }

    /// <summary>Without an id, another name, or a name on a call that already has its name and some arguments, starts another call.</summary>
    private static bool StartsAnother(StreamedCall target, string? name) =>
        !string.IsNullOrEmpty(name) && !string.IsNullOrEmpty(target.Name)
        && (target.Emitted || target.Arguments.Length > 0 || NamedOtherwise(target, name));

    private static bool NamedOtherwise(StreamedCall target, string? name) =>
        !string.IsNullOrEmpty(target.Name) && !string.Equals(target.Name, name, StringComparison.Ordinal);

    private StreamedCall Start(string? id, int? index, string? name, ICollection<ChatStreamUpdate> updates)
    {
        CompleteAll(updates);
        var call = new StreamedCall { Id = string.IsNullOrEmpty(id) ? null : id, Index = index, Name = name };
        _ids.Reserve(call.Id);
        _calls.Add(call);
        return call;
    }

    private StreamedCall? FindById(string id)
    {
        for (var i = _calls.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_calls[i].Id, id, StringComparison.Ordinal))
            {
                return _calls[i];
            }
        }

        return null;
    }

    private StreamedCall? FindByIndex(int index)
    {
        for (var i = _calls.Count - 1; i >= 0; i--)
        {
            if (_calls[i].HasIndex(index))
            {
                return _calls[i];
            }
        }

        return null;
    }

    private StreamedCall? Latest(bool pendingOnly = false)
    {
        if (_calls.Count == 0)
        {
            return null;
        }

        var last = _calls[_calls.Count - 1];
        return pendingOnly && last.Emitted ? null : last;
    }
}
