using System;
using System.Collections.Generic;
using System.Linq;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Emit;

/// <summary>The helper members that serve one tool.</summary>
/// <param name="Invoke">Reads the arguments, calls the method, writes the result.</param>
/// <param name="Complete">Awaits a task that did not finish synchronously.</param>
/// <param name="ReadArguments">The argument reader.</param>
/// <param name="WriteResult">The result writer, when the result is not a plain scalar.</param>
/// <param name="ArgumentNames">The UTF-8 name property of each parameter, by parameter index (null for special parameters).</param>
internal sealed record ToolNames(string Invoke, string Complete, string ReadArguments, string WriteResult, IReadOnlyList<string?> ArgumentNames);

/// <summary>The helper members that serve one object or enum type.</summary>
/// <param name="Read">The reader.</param>
/// <param name="Write">The writer.</param>
/// <param name="WriteFlags">The [Flags] array writer (enums only).</param>
/// <param name="JsonNameOf">Value to JSON name (enums only).</param>
/// <param name="MemberNames">The UTF-8 name property of each member (property or enum member), in order.</param>
/// <param name="EncodedNames">The pre-encoded (<c>JsonEncodedText</c>) name field of each member, for writers.</param>
internal sealed record TypeNames(string Read, string Write, string WriteFlags, string JsonNameOf, IReadOnlyList<string> MemberNames, IReadOnlyList<string> EncodedNames);

/// <summary>
/// State shared while emitting one tool set: the names of its helper members, the enums and patterns that need
/// helpers (each emitted once and shared by every tool of the set), and fresh local names.
/// </summary>
internal sealed class EmitContext
{
    private static readonly Func<string, string>[] s_toolMembers = { GeneratedNames.Invoke, GeneratedNames.Complete, GeneratedNames.ReadArguments, GeneratedNames.WriteResult };
    private static readonly Func<string, string>[] s_objectMembers = { GeneratedNames.Read, GeneratedNames.Write };
    private static readonly Func<string, string>[] s_enumMembers = { GeneratedNames.Read, GeneratedNames.Write, GeneratedNames.WriteFlags, GeneratedNames.JsonNameOf };

    private readonly NameTable _names = new();
    private readonly List<ToolNames> _tools = new();
    private readonly Dictionary<string, ObjectModel> _objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeNames> _objectNames = new(StringComparer.Ordinal);
    private readonly List<(EnumModel Model, TypeNames Names)> _enums = new();
    private readonly List<string> _patterns = new();
    private readonly List<(TypeModel Type, ValidationModel? Validation, string Name)> _valueReaders = new();
    private int _nextLocal;

    /// <summary>Names every tool and object helper up front, in model order, so names do not depend on emission order.</summary>
    public EmitContext(IEnumerable<ToolModel> tools, IEnumerable<ObjectModel> objects)
    {
        _names.Take(GeneratedNames.Definitions);
        _names.Take(GeneratedNames.Dispatch);
        _names.Take(GeneratedNames.DispatchOutput);
        _names.Take(GeneratedNames.StaticToolSet);
        foreach (var tool in tools)
        {
            var stem = TakeStem(GeneratedNames.Tool(tool.Name), null, s_toolMembers);
            var arguments = tool.Parameters
                .Select(p => p.Role == ParameterRole.Argument ? _names.Take(GeneratedNames.ArgumentName(stem, p.Field!.JsonName)) : null)
                .ToList();
            _tools.Add(new ToolNames(GeneratedNames.Invoke(stem), GeneratedNames.Complete(stem), GeneratedNames.ReadArguments(stem), GeneratedNames.WriteResult(stem), arguments));
        }

        foreach (var model in objects)
        {
            if (!_objects.ContainsKey(model.Key))
            {
                _objects[model.Key] = model;
            }
        }

        // Two object types with one short name (A.Query, B.Query) are both named by their full names.
        var shared = new HashSet<string>(_objects.Values.GroupBy(o => o.Name).Where(g => g.Count() > 1).Select(g => g.Key), StringComparer.Ordinal);
        foreach (var model in _objects.Values)
        {
            var full = Qualified(model.Key);
            var stem = TakeStem(shared.Contains(model.Name) ? full : Text.Identifiers.Part(model.Name), full, s_objectMembers);
            var members = model.Members.Select(m => _names.Take(GeneratedNames.MemberName(stem, m.Field.JsonName))).ToList();
            var encoded = members.Select(m => _names.Take(GeneratedNames.Encoded(m))).ToList();
            _objectNames[model.Key] = new TypeNames(GeneratedNames.Read(stem), GeneratedNames.Write(stem), string.Empty, string.Empty, members, encoded);
        }
    }

    public EmitContext(ToolSetModel model)
        : this(model.Tools, model.Objects)
    {
    }

    /// <summary>The enums used by the set's tools, in order of first use; each gets one reader and one writer.</summary>
    public IReadOnlyList<(EnumModel Model, TypeNames Names)> Enums => _enums;

    /// <summary>The enums used as [Flags] arrays, which also need a flags writer (by enum type name).</summary>
    public HashSet<string> FlagsEnums { get; } = new(StringComparer.Ordinal);

    /// <summary>The regular expressions of <c>[RegularExpression]</c> rules, each built once.</summary>
    public IReadOnlyList<string> Patterns => _patterns;

    /// <summary>Every object type of the set.</summary>
    public IEnumerable<ObjectModel> Objects => _objects.Values;

    public ObjectModel Object(string key) => _objects[key];

    public TypeNames ObjectNames(string key) => _objectNames[key];

    /// <summary>The helper names of the tool at <paramref name="index"/> in the set.</summary>
    public ToolNames Tool(int index) => _tools[index];

    /// <summary>The helper names of an enum, registering the enum on first use.</summary>
    public TypeNames Enum(EnumModel model)
    {
        foreach (var (known, names) in _enums)
        {
            if (known.TypeName == model.TypeName)
            {
                return names;
            }
        }

        var full = Qualified(model.TypeName);
        var stem = TakeStem(Text.Identifiers.Part(model.TypeName.Substring(model.TypeName.LastIndexOf('.') + 1)), full, s_enumMembers);
        var members = model.Members.Select(m => _names.Take(GeneratedNames.MemberName(stem, m.JsonName))).ToList();
        var encoded = members.Select(m => _names.Take(GeneratedNames.Encoded(m))).ToList();
        var created = new TypeNames(GeneratedNames.Read(stem), GeneratedNames.Write(stem), GeneratedNames.WriteFlags(stem), GeneratedNames.JsonNameOf(stem), members, encoded);
        _enums.Add((model, created));
        return created;
    }

    /// <summary>The regex field of a pattern, registering it on first use.</summary>
    public string Pattern(string pattern)
    {
        var index = _patterns.IndexOf(pattern);
        if (index < 0)
        {
            _patterns.Add(pattern);
            index = _patterns.Count - 1;
        }

        return GeneratedNames.Pattern(index);
    }

    /// <summary>
    /// The readers of collections, maps and [Flags] values on their own (lenient mode reads them from inside a string),
    /// in order of first use; emitting one may add more.
    /// </summary>
    public IReadOnlyList<(TypeModel Type, ValidationModel? Validation, string Name)> ValueReaders => _valueReaders;

    /// <summary>The name of the reader of a collection, map or [Flags] value on its own, registering it on first use.</summary>
    public string Held(TypeModel type, ValidationModel? validation)
    {
        foreach (var (known, knownValidation, name) in _valueReaders)
        {
            if (known == type && Equals(knownValidation, validation))
            {
                return name;
            }
        }

        var created = _names.Take(GeneratedNames.ValueReader(_valueReaders.Count));
        _valueReaders.Add((type, validation, created));
        return created;
    }

    /// <summary>Whether reading a tool's arguments may run a <c>[RegularExpression]</c> pattern (then the call gets a time budget).</summary>
    public bool UsesPatterns(ToolModel tool)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return tool.Parameters.Any(p => p.Field is { } field && UsesPatterns(field, seen));
    }

    private bool UsesPatterns(FieldModel field, HashSet<string> seen) =>
        (field.Type.Kind == TypeKind.String && field.Validation?.Pattern is not null) || UsesPatterns(field.Type, seen);

    private bool UsesPatterns(TypeModel? type, HashSet<string> seen)
    {
        if (type is null)
        {
            return false;
        }

        if (type.ObjectKey is { } key && seen.Add(key) && _objects.TryGetValue(key, out var model) &&
            model.Members.Any(m => UsesPatterns(m.Field, seen)))
        {
            return true;
        }

        return UsesPatterns(type.Element, seen) || UsesPatterns(type.Key, seen);
    }

    /// <summary>A number for locals that must not clash within one method.</summary>
    public int NextLocal() => _nextLocal++;

    public void ResetLocals() => _nextLocal = 0;

    /// <summary>A full type name as an identifier part: <c>global::Ns.Outer.Query</c> becomes <c>Ns_Outer_Query</c>.</summary>
    private static string Qualified(string typeName) => Text.Identifiers.Part(typeName.Replace("global::", string.Empty));

    /// <summary>
    /// The stem for a group of member names (<c>Read{stem}</c>, <c>Write{stem}</c>, …): the preferred one if all its
    /// names are free, else the fallback, else the fallback (or preferred) with a numeric suffix. Takes the names.
    /// </summary>
    private string TakeStem(string preferred, string? fallback, Func<string, string>[] members)
    {
        var stem = preferred;
        if (!_names.AllFree(stem, members) && fallback is not null)
        {
            stem = fallback;
        }

        var root = stem;
        for (var n = 2; !_names.AllFree(stem, members); n++)
        {
            stem = root + "_" + n;
        }

        foreach (var member in members)
        {
            _names.Take(member(stem));
        }

        return stem;
    }
}
