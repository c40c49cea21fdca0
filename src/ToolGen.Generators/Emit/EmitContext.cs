using System.Collections.Generic;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Emit;

/// <summary>
/// State shared while emitting one tool set: the enums, object types and patterns that need helpers
/// (each emitted once and shared by every tool of the set), and fresh local names.
/// </summary>
internal sealed class EmitContext
{
    private readonly List<EnumModel> _enums = new();
    private readonly List<string> _patterns = new();
    private readonly Dictionary<string, int> _objectIndex = new();
    private readonly Dictionary<string, ObjectModel> _objects = new();
    private int _nextLocal;

    public EmitContext(IEnumerable<ObjectModel> objects)
    {
        foreach (var model in objects)
        {
            if (!_objects.ContainsKey(model.Key))
            {
                _objectIndex[model.Key] = _objects.Count;
                _objects[model.Key] = model;
            }
        }
    }

    /// <summary>The enums used by the set's tools, in order of first use; each gets one reader and one writer.</summary>
    public IReadOnlyList<EnumModel> Enums => _enums;

    /// <summary>The indexes of enums used as [Flags] arrays, which also need a flags writer.</summary>
    public HashSet<int> FlagsEnums { get; } = new();

    /// <summary>The regular expressions of <c>[RegularExpression]</c> rules, each built once.</summary>
    public IReadOnlyList<string> Patterns => _patterns;

    /// <summary>Every object type of the set.</summary>
    public IEnumerable<ObjectModel> Objects => _objects.Values;

    public ObjectModel Object(string key) => _objects[key];

    public int ObjectIndex(string key) => _objectIndex[key];

    /// <summary>The index of an enum's helpers, registering the enum on first use.</summary>
    public int EnumIndex(EnumModel model)
    {
        for (var i = 0; i < _enums.Count; i++)
        {
            if (_enums[i].TypeName == model.TypeName)
            {
                return i;
            }
        }

        _enums.Add(model);
        return _enums.Count - 1;
    }

    /// <summary>The index of a pattern's regex field, registering it on first use.</summary>
    public int PatternIndex(string pattern)
    {
        var index = _patterns.IndexOf(pattern);
        if (index >= 0)
        {
            return index;
        }

        _patterns.Add(pattern);
        return _patterns.Count - 1;
    }

    /// <summary>A number for locals that must not clash within one method.</summary>
    public int NextLocal() => _nextLocal++;

    public void ResetLocals() => _nextLocal = 0;
}

/// <summary>Fully qualified names the emitted code uses.</summary>
internal static class Names
{
    public const string ToolResult = "global::ToolGen.ToolResult";
    public const string ToolCall = "global::ToolGen.ToolCall";
    public const string ToolError = "global::ToolGen.ToolError";
    public const string ToolDefinition = "global::ToolGen.ToolDefinition";
    public const string IToolSet = "global::ToolGen.IToolSet";
    public const string ArgumentErrors = "global::ToolGen.Generated.ArgumentErrors";
    public const string ArgumentChecks = "global::ToolGen.Generated.ArgumentChecks";
    public const string JsonArgs = "global::ToolGen.Generated.JsonArgs";
    public const string ResultText = "global::ToolGen.Generated.ResultText";
    public const string ToolDispatch = "global::ToolGen.Generated.ToolDispatch";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string ValueTaskOfResult = "global::System.Threading.Tasks.ValueTask<global::ToolGen.ToolResult>";
    public const string Exception = "global::System.Exception";
    public const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ToolGen\", \"" + ThisAssembly.Version + "\")]";
}

internal static class ThisAssembly
{
    /// <summary>The generator version written into <c>[GeneratedCode]</c>; changes only with a release.</summary>
    public const string Version = "0.1.0";
}
