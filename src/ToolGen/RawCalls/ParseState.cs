using System;
using System.Collections.Generic;
using System.Text;

namespace ToolGen.RawCalls;

/// <summary>
/// Everything one read of a text accumulates. A streamed read keeps one state and resumes it: the engine stops at the
/// start of the first construct it cannot decide yet (a checkpoint) and, on the next run, rolls back to that checkpoint
/// and reads the construct again with more text.
/// </summary>
internal sealed class ParseState
{
    private readonly Dictionary<string, ToolDefinition>? _tools;
    private Dictionary<string, SchemaTypes.Properties>? _schemas;

    private int _checkpointCalls;
    private int _checkpointEvents;
    private int _checkpointContent;
    private int _checkpointReasoning;
    private RawToolCallFormat _checkpointDetected;

    public ParseState(RawToolCallFormat format, IReadOnlyList<ToolDefinition>? tools)
    {
        Requested = format;
        Triggers = TriggerTable.For(format);
        if (tools is not null)
        {
            _tools = new Dictionary<string, ToolDefinition>(StringComparer.Ordinal);
            foreach (var tool in tools)
            {
                if (tool is not null)
                {
                    _tools[tool.Name] = tool;
                }
            }
        }
    }

    public string Text { get; set; } = string.Empty;

    /// <summary>Whether the text is all there is (end of generation); when not, undecidable constructs wait for more.</summary>
    public bool Final { get; set; }

    public RawToolCallFormat Requested { get; }

    public RawToolCallFormat Detected { get; set; }

    public TriggerSet Triggers { get; }

    public List<ToolCall> Calls { get; } = new();

    public List<RawToolCallEvent> Events { get; } = new();

    public StringBuilder Content { get; } = new();

    public StringBuilder Reasoning { get; } = new();

    /// <summary>Where the next run starts.</summary>
    public int Position { get; set; }

    public bool HasCheckpoint { get; private set; }

    public void SetCheckpoint(int position, int calls, int events, int content, int reasoning, RawToolCallFormat detected)
    {
        HasCheckpoint = true;
        Position = position;
        _checkpointCalls = calls;
        _checkpointEvents = events;
        _checkpointContent = content;
        _checkpointReasoning = reasoning;
        _checkpointDetected = detected;
    }

    public void RollBack()
    {
        if (!HasCheckpoint)
        {
            return;
        }

        HasCheckpoint = false;
        Calls.RemoveRange(_checkpointCalls, Calls.Count - _checkpointCalls);
        Events.RemoveRange(_checkpointEvents, Events.Count - _checkpointEvents);
        Content.Length = _checkpointContent;
        Reasoning.Length = _checkpointReasoning;
        Detected = _checkpointDetected;
    }

    public void Event(RawToolCallEventKind kind, int position, string detail) => Events.Add(new RawToolCallEvent(kind, position, detail));

    public void Seen(RawToolCallFormat format)
    {
        if (Detected == RawToolCallFormat.Auto)
        {
            Detected = format;
        }
    }

    public void AppendReasoning(string text, int start, int length)
    {
        if (length > 0)
        {
            Reasoning.Append(text, start, length);
        }
    }

    /// <summary>The definition of a tool, when tools were given and it is one of them.</summary>
    public ToolDefinition? Tool(string name) => _tools is not null && _tools.TryGetValue(name, out var tool) ? tool : null;

    /// <summary>The schema types of a tool's parameters; <see langword="null"/> when the tool is not known.</summary>
    public SchemaTypes.Properties? Schema(string name)
    {
        var tool = Tool(name);
        if (tool is null)
        {
            return null;
        }

        _schemas ??= new Dictionary<string, SchemaTypes.Properties>(StringComparer.Ordinal);
        if (!_schemas.TryGetValue(name, out var properties))
        {
            properties = SchemaTypes.Read(tool.ParametersSchema);
            _schemas[name] = properties;
        }

        return properties;
    }

    /// <summary>Adds a call after cleaning its name; reports a missing or unknown name. Makes up an id when the text has none.</summary>
    public void AddCall(int position, RawToolCallFormat format, string? rawName, byte[] arguments, string? id = null)
    {
        Seen(format);
        var name = CleanName(rawName, out var cleaned);
        if (name.Length == 0)
        {
            Event(RawToolCallEventKind.MissingName, position, "a call without a name was dropped" + (rawName is { Length: > 0 } ? ": \"" + rawName + "\"" : "."));
            return;
        }

        if (cleaned)
        {
            Event(RawToolCallEventKind.NameCleaned, position, "\"" + rawName + "\" read as \"" + name + "\"");
        }

        if (_tools is not null && !_tools.ContainsKey(name))
        {
            Event(RawToolCallEventKind.UnknownToolName, position, "\"" + name + "\" is not one of the tools given; the call was kept");
        }

        if (format == RawToolCallFormat.Mistral ? !CallIds.IsMistralId(id) : string.IsNullOrEmpty(id))
        {
            id = CallIds.Make(format, position, name, arguments);
        }

        Calls.Add(new ToolCall(id!, name, arguments));
    }

    private static string CleanName(string? raw, out bool cleaned)
    {
        cleaned = false;
        if (raw is null)
        {
            return string.Empty;
        }

        var name = raw.Trim();
        var leak = name.IndexOf("<|", StringComparison.Ordinal);
        if (leak >= 0)
        {
            name = name.Substring(0, leak).TrimEnd();
            cleaned = true;
        }

        if (name.Length >= 2 && (name[0] == '"' || name[0] == '\'' || name[0] == '`') && name[name.Length - 1] == name[0])
        {
            name = name.Substring(1, name.Length - 2).Trim();
            cleaned = true;
        }

        if (name.StartsWith("functions.", StringComparison.Ordinal))
        {
            name = name.Substring("functions.".Length);
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsWhiteSpace(name[i]))
            {
                name = name.Substring(0, i);
                cleaned = true;
                break;
            }
        }

        return name;
    }
}
