using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;
using TypeKind = ToolGen.Generators.Model.TypeKind;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// The types ToolGen recognises, resolved once per compilation and compared by symbol identity, never by display
/// string. Each entry holds every type of that metadata name the compilation sees (a project may polyfill an
/// attribute that a referenced framework also defines, where <c>GetTypeByMetadataName</c> would return null).
/// </summary>
/// <remarks>Immutable after construction, so one instance serves concurrent analyzer actions and generator steps.</remarks>
internal sealed class KnownSymbols
{
    private readonly Dictionary<ISymbol, CollectionKind> _collections = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _dictionaries = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, TypeKind> _formats = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> _byName = new(System.StringComparer.Ordinal);
    private readonly System.Func<string, ImmutableArray<INamedTypeSymbol>> _resolve;

    public KnownSymbols(Compilation compilation)
    {
        Compilation = compilation;
        _resolve = Resolve;
        Options = ParseOptions.Read(compilation.Assembly, this);

        AddAll(_collections, CollectionKind.List, "System.Collections.Generic.List`1", "System.Collections.Generic.IList`1",
            "System.Collections.Generic.ICollection`1", "System.Collections.Generic.IEnumerable`1",
            "System.Collections.Generic.IReadOnlyList`1", "System.Collections.Generic.IReadOnlyCollection`1");
        AddAll(_collections, CollectionKind.HashSet, "System.Collections.Generic.HashSet`1", "System.Collections.Generic.ISet`1",
            "System.Collections.Generic.IReadOnlySet`1");
        AddAll(_collections, CollectionKind.ImmutableArray, "System.Collections.Immutable.ImmutableArray`1");
        foreach (var name in new[] { "System.Collections.Generic.Dictionary`2", "System.Collections.Generic.IDictionary`2", "System.Collections.Generic.IReadOnlyDictionary`2" })
        {
            foreach (var type in Resolve(name))
            {
                _dictionaries.Add(type);
            }
        }

        AddAll(_formats, TypeKind.Guid, "System.Guid");
        AddAll(_formats, TypeKind.Uri, "System.Uri");
        AddAll(_formats, TypeKind.DateTimeOffset, "System.DateTimeOffset");
        AddAll(_formats, TypeKind.DateOnly, "System.DateOnly");
        AddAll(_formats, TypeKind.TimeOnly, "System.TimeOnly");
        AddAll(_formats, TypeKind.TimeSpan, "System.TimeSpan");
        AddAll(_formats, TypeKind.JsonElement, "System.Text.Json.JsonElement");
        AddAll(_formats, TypeKind.JsonNode, "System.Text.Json.Nodes.JsonNode");
        AddAll(_formats, TypeKind.JsonObject, "System.Text.Json.Nodes.JsonObject");
        AddAll(_formats, TypeKind.JsonArray, "System.Text.Json.Nodes.JsonArray");
    }

    public Compilation Compilation { get; }

    /// <summary>The assembly's <c>[assembly: ToolGenOptions]</c>.</summary>
    public ParseOptions Options { get; }

    /// <summary>Object types already judged in this compilation, shared by every tool that reaches them.</summary>
    public ObjectCache Objects { get; } = new();

    /// <summary>Types holding tools already read in this compilation (the generator reads each tool's type once, not once per tool).</summary>
    public ConcurrentDictionary<INamedTypeSymbol, ContainerReading> Containers { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The symbols of a compilation, made once and shared by the generator and the analyzer.</summary>
    public static KnownSymbols For(Compilation compilation) => s_cache.GetOrCreate(compilation);

    private static readonly BoundedCache<Compilation, KnownSymbols> s_cache = new(static c => new KnownSymbols(c));

    public ImmutableArray<INamedTypeSymbol> ToolAttribute => Get(KnownNames.ToolAttribute);

    /// <summary>Whether the attribute is one of the types named <paramref name="metadataName"/>.</summary>
    public bool Is(AttributeData attribute, string metadataName) => Is(attribute.AttributeClass, metadataName);

    /// <summary>Whether the type (its definition, for generic types) is one of the types named <paramref name="metadataName"/>.</summary>
    public bool Is(ITypeSymbol? type, string metadataName)
    {
        if (type is null)
        {
            return false;
        }

        var definition = type.OriginalDefinition;
        foreach (var candidate in Get(metadataName))
        {
            if (SymbolEqualityComparer.Default.Equals(candidate, definition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first attribute of the symbol whose class is named <paramref name="metadataName"/>, or null.</summary>
    public AttributeData? Attribute(ISymbol symbol, string metadataName)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute.AttributeClass, metadataName))
            {
                return attribute;
            }
        }

        return null;
    }

    public bool Has(ISymbol symbol, string metadataName) => Attribute(symbol, metadataName) is not null;

    /// <summary>The collection a generic definition stands for, or <see cref="CollectionKind.None"/>.</summary>
    public CollectionKind CollectionOf(INamedTypeSymbol type) =>
        _collections.TryGetValue(type.OriginalDefinition, out var kind) ? kind : CollectionKind.None;

    public bool IsDictionary(INamedTypeSymbol type) => _dictionaries.Contains(type.OriginalDefinition);

    /// <summary>The string-with-format or free-JSON kind of a framework type, or null.</summary>
    public TypeKind? FormatOf(ITypeSymbol type) =>
        _formats.TryGetValue(type.OriginalDefinition, out var kind) ? kind : null;

    /// <summary>Every type of a metadata name; looked up on first use and kept, so a name never used costs nothing.</summary>
    private ImmutableArray<INamedTypeSymbol> Get(string metadataName) => _byName.GetOrAdd(metadataName, _resolve);

    private ImmutableArray<INamedTypeSymbol> Resolve(string metadataName) => Compilation.GetTypesByMetadataName(metadataName);

    private void AddAll<T>(Dictionary<ISymbol, T> map, T value, params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var type in Resolve(name))
            {
                map[type] = value;
            }
        }
    }
}
