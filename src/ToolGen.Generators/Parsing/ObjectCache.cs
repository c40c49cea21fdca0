using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Object types already judged in one compilation (held by its <see cref="KnownSymbols"/>). Every tool is read again
/// on each edit (the read step re-runs for each compilation); a type used by many tools is walked once per
/// compilation instead, by the generator and the analyzer alike.
/// </summary>
internal sealed class ObjectCache
{
    private readonly ConcurrentDictionary<Key, Entry> _entries = new();

    public bool TryGet(Key key, out Entry entry) => _entries.TryGetValue(key, out entry!);

    public void Add(Key key, Entry entry) => _entries.TryAdd(key, entry);

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
        public Entry(IReadOnlyList<ObjectModel> closure, TypeProblem? problem)
        {
            Closure = closure;
            Problem = problem;
        }

        public IReadOnlyList<ObjectModel> Closure { get; }

        public TypeProblem? Problem { get; }
    }
}
