using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Object types already judged in one compilation. Every tool is parsed again on each edit (the parse step
/// re-runs for each compilation), and the validator and the parser both classify each tool's types; a type used
/// by many tools is walked once per compilation instead. Entries die with their compilation.
/// </summary>
internal static class ObjectCache
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<Key, Entry>> s_byCompilation = new();

    public static bool TryGet(Compilation compilation, Key key, out Entry entry) =>
        s_byCompilation.GetOrCreateValue(compilation).TryGetValue(key, out entry!);

    public static void Add(Compilation compilation, Key key, Entry entry) =>
        s_byCompilation.GetOrCreateValue(compilation).TryAdd(key, entry);

    /// <summary>
    /// The object type, the type the generated code lives in (which decides what is accessible), and the naming
    /// options: together they decide the model.
    /// </summary>
    internal sealed class Key : System.IEquatable<Key>
    {
        private readonly INamedTypeSymbol _type;
        private readonly INamedTypeSymbol _within;
        private readonly ParseOptions _options;

        public Key(INamedTypeSymbol type, INamedTypeSymbol within, ParseOptions options)
        {
            _type = type;
            _within = within;
            _options = options;
        }

        public bool Equals(Key? other) =>
            other is not null &&
            SymbolEqualityComparer.Default.Equals(_type, other._type) &&
            SymbolEqualityComparer.Default.Equals(_within, other._within) &&
            _options == other._options;

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() =>
            unchecked((SymbolEqualityComparer.Default.GetHashCode(_type) * 397) ^ SymbolEqualityComparer.Default.GetHashCode(_within));
    }

    /// <summary>The object's model and every object it reaches, or why it cannot be expressed.</summary>
    internal sealed class Entry
    {
        public Entry(IReadOnlyList<ObjectModel> closure, string? problem)
        {
            Closure = closure;
            Problem = problem;
        }

        public IReadOnlyList<ObjectModel> Closure { get; }

        public string? Problem { get; }
    }
}
