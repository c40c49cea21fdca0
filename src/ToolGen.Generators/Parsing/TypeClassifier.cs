using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;
using TypeKind = ToolGen.Generators.Model.TypeKind;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Maps a C# type to the JSON shape ToolGen can express (DESIGN.md, "Type mapping"), or says why it cannot,
/// naming the member path (<c>FlightQuery.Filters.Extra: 'object' cannot be expressed…</c>). Shared by the
/// generator and the analyzers so that they never disagree. One instance serves one tool: it collects the
/// object types the tool reaches.
/// </summary>
internal sealed class TypeClassifier
{
    /// <summary>Fully qualified names, with <c>?</c> on annotated reference types.</summary>
    public static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly Dictionary<string, CollectionKind> s_collections = new()
    {
        ["System.Collections.Generic.List<T>"] = CollectionKind.List,
        ["System.Collections.Generic.IList<T>"] = CollectionKind.List,
        ["System.Collections.Generic.ICollection<T>"] = CollectionKind.List,
        ["System.Collections.Generic.IEnumerable<T>"] = CollectionKind.List,
        ["System.Collections.Generic.IReadOnlyList<T>"] = CollectionKind.List,
        ["System.Collections.Generic.IReadOnlyCollection<T>"] = CollectionKind.List,
        ["System.Collections.Generic.HashSet<T>"] = CollectionKind.HashSet,
        ["System.Collections.Generic.ISet<T>"] = CollectionKind.HashSet,
        ["System.Collections.Generic.IReadOnlySet<T>"] = CollectionKind.HashSet,
        ["System.Collections.Immutable.ImmutableArray<T>"] = CollectionKind.ImmutableArray,
    };

    private static readonly HashSet<string> s_dictionaries = new()
    {
        "System.Collections.Generic.Dictionary<TKey, TValue>",
        "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>",
    };

    private static readonly Dictionary<string, TypeKind> s_formats = new()
    {
        ["System.Guid"] = TypeKind.Guid,
        ["System.Uri"] = TypeKind.Uri,
        ["System.DateTime"] = TypeKind.DateTime,
        ["System.DateTimeOffset"] = TypeKind.DateTimeOffset,
        ["System.DateOnly"] = TypeKind.DateOnly,
        ["System.TimeOnly"] = TypeKind.TimeOnly,
        ["System.TimeSpan"] = TypeKind.TimeSpan,
        ["System.Text.Json.JsonElement"] = TypeKind.JsonElement,
        ["System.Text.Json.Nodes.JsonNode"] = TypeKind.JsonNode,
    };

    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _within;
    private readonly ParseOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, ObjectModel> _objects = new();
    private readonly HashSet<string> _inProgress = new();
    private readonly HashSet<string> _recursive = new();
    private readonly List<string> _path = new();

    /// <param name="compilation">For accessibility checks and property initializers.</param>
    /// <param name="within">The type the generated code lives in: constructors and setters must be accessible from it.</param>
    /// <param name="options">Naming options.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public TypeClassifier(Compilation compilation, INamedTypeSymbol within, ParseOptions options, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _within = within;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The object types met so far, in the order they were completed.</summary>
    public IEnumerable<ObjectModel> Objects => _objects.Values;

    /// <summary>Classifies a type.</summary>
    /// <param name="type">The type, with its nullable annotation.</param>
    /// <param name="problem">Why the type cannot be expressed, when the result is null.</param>
    public TypeModel? Classify(ITypeSymbol type, out string? problem)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        problem = null;
        var typeName = type.ToDisplayString(TypeNameFormat);

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Classify(nullable.TypeArguments[0], out problem);
            return inner is null ? null : inner with { TypeName = typeName, IsNullable = true };
        }

        var isNullable = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        var kind = SpecialKind(type.SpecialType);
        if (kind is not null)
        {
            return new TypeModel(kind.Value, typeName, isNullable, IsValueType: type.IsValueType);
        }

        var definition = type.OriginalDefinition.ToDisplayString();
        if (s_formats.TryGetValue(definition, out var format))
        {
            return new TypeModel(format, typeName, isNullable, IsValueType: type.IsValueType);
        }

        if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum)
        {
            return ClassifyEnum((INamedTypeSymbol)type, typeName, out problem);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                problem = Problem($"multi-dimensional array '{Short(type)}' cannot be expressed in a JSON schema; use a jagged array (T[][]) or a list of lists");
                return null;
            }

            var element = Classify(array.ElementType, out problem);
            return element is null ? null : new TypeModel(TypeKind.Collection, typeName, isNullable, CollectionKind.Array, element);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            if (generic.TypeArguments.Length == 1 && s_collections.TryGetValue(definition, out var collection))
            {
                var element = Classify(generic.TypeArguments[0], out problem);
                return element is null ? null : new TypeModel(TypeKind.Collection, typeName, isNullable, collection, element, IsValueType: type.IsValueType);
            }

            if (generic.TypeArguments.Length == 2 && s_dictionaries.Contains(definition))
            {
                return ClassifyDictionary(generic, typeName, isNullable, out problem);
            }
        }

        return ClassifyObject(type, typeName, isNullable, out problem);
    }

    private TypeModel? ClassifyDictionary(INamedTypeSymbol type, string typeName, bool isNullable, out string? problem)
    {
        problem = null;
        var keyType = type.TypeArguments[0];
        TypeModel? key = null;
        if (keyType.SpecialType == SpecialType.System_String)
        {
            key = new TypeModel(TypeKind.String, keyType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), IsNullable: false);
        }
        else if (keyType.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum)
        {
            key = ClassifyEnum((INamedTypeSymbol)keyType, keyType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), out problem);
            if (key is { Kind: TypeKind.FlagsEnum })
            {
                key = null;
            }
        }

        if (key is null)
        {
            problem = Problem($"dictionary '{Short(type)}' has keys of type '{Short(keyType)}'; JSON object keys are strings, so use string or enum keys");
            return null;
        }

        var value = Classify(type.TypeArguments[1], out problem);
        return value is null ? null : new TypeModel(TypeKind.Dictionary, typeName, isNullable, CollectionKind.Dictionary, value, Key: key);
    }

    private TypeModel? ClassifyEnum(INamedTypeSymbol type, string typeName, out string? problem)
    {
        problem = null;
        var isFlags = type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.FlagsAttribute);
        var members = new List<EnumMemberModel>();
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                var value = System.Convert.ToString(field.ConstantValue, CultureInfo.InvariantCulture)!;
                var bits = DefaultValues.Bits(value);
                var isSingleFlag = bits != 0 && (bits & (bits - 1)) == 0;
                if (isFlags && value == "0")
                {
                    // "None" is the empty array of a [Flags] enum, not a name to send.
                    continue;
                }

                members.Add(new EnumMemberModel(
                    Identifiers.Escape(field.Name),
                    JsonMemberName(field),
                    value,
                    Descriptions.Of(field),
                    isSingleFlag));
            }
        }

        if (members.Count == 0)
        {
            problem = Problem($"enum '{type.Name}' has no members, so no value could be sent");
            return null;
        }

        var enumName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var model = new EnumModel(enumName, type.EnumUnderlyingType!.ToDisplayString(), members.ToEquatableArray());
        return new TypeModel(isFlags ? TypeKind.FlagsEnum : TypeKind.Enum, typeName, IsNullable: false, Enum: model, IsValueType: true);
    }

    private TypeModel? ClassifyObject(ITypeSymbol type, string typeName, bool isNullable, out string? problem)
    {
        problem = null;
        var reason = type is INamedTypeSymbol candidate ? Unsupported(candidate) : string.Empty;
        if (reason is not null || type is not INamedTypeSymbol named)
        {
            problem = Problem($"'{Short(type)}' cannot be expressed in a JSON schema{reason}");
            return null;
        }

        var key = named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var reference = new TypeModel(TypeKind.Object, typeName, isNullable, ObjectKey: key, IsValueType: named.IsValueType);
        if (_objects.ContainsKey(key))
        {
            return reference;
        }

        if (!_inProgress.Add(key))
        {
            _recursive.Add(key);
            return reference;
        }

        // An object met outside any other object is judged the same way by every tool of the compilation (and by the
        // analyzer): reuse that judgement instead of walking its members again for each tool.
        var cacheable = _inProgress.Count == 1;
        var cacheKey = new ObjectCache.Key(named, _within, _options);
        if (cacheable && ObjectCache.TryGet(_compilation, cacheKey, out var cached))
        {
            _inProgress.Remove(key);
            problem = cached.Problem;
            if (problem is not null)
            {
                return null;
            }

            foreach (var model in cached.Closure)
            {
                _objects[model.Key] = model;
            }

            return reference;
        }

        var isRoot = _path.Count == 0;
        if (isRoot)
        {
            _path.Add(named.Name);
        }

        try
        {
            var model = ObjectParser.Parse(this, named, key, _recursive, out problem);
            if (model is null)
            {
                if (cacheable && isRoot)
                {
                    ObjectCache.Add(_compilation, cacheKey, new ObjectCache.Entry(System.Array.Empty<ObjectModel>(), problem));
                }

                return null;
            }

            _objects[key] = model with { IsRecursive = _recursive.Contains(key) };
            if (cacheable && isRoot)
            {
                ObjectCache.Add(_compilation, cacheKey, new ObjectCache.Entry(Closure(key), null));
            }

            return reference;
        }
        finally
        {
            _inProgress.Remove(key);
            if (isRoot)
            {
                _path.RemoveAt(_path.Count - 1);
            }
        }
    }

    /// <summary>An object and every object its members reach, as this classifier holds them.</summary>
    private ObjectModel[] Closure(string rootKey)
    {
        var result = new List<ObjectModel>();
        var seen = new HashSet<string>();
        var pending = new Stack<string>();
        pending.Push(rootKey);
        while (pending.Count > 0)
        {
            var key = pending.Pop();
            if (!seen.Add(key))
            {
                continue;
            }

            var model = _objects[key];
            result.Add(model);
            foreach (var member in model.Members)
            {
                for (var type = member.Field.Type; type is not null; type = type.Element)
                {
                    if (type.ObjectKey is not null)
                    {
                        pending.Push(type.ObjectKey);
                    }
                }
            }
        }

        return result.ToArray();
    }

    /// <summary>Classifies a member's type with the member's name on the problem path.</summary>
    internal TypeModel? ClassifyMember(string memberName, ITypeSymbol type, out string? problem)
    {
        _path.Add(memberName);
        try
        {
            return Classify(type, out problem);
        }
        finally
        {
            _path.RemoveAt(_path.Count - 1);
        }
    }

    internal Compilation Compilation => _compilation;

    internal ParseOptions Options => _options;

    internal CancellationToken CancellationToken => _cancellationToken;

    internal bool IsAccessible(ISymbol symbol) => _compilation.IsSymbolAccessibleWithin(symbol, _within);

    /// <summary>A problem text, prefixed with the member path when inside an object.</summary>
    internal string Problem(string text) => _path.Count == 0 ? text : string.Join(".", _path) + ": " + text;

    private static string? Unsupported(INamedTypeSymbol type)
    {
        if (type.SpecialType is SpecialType.System_Object)
        {
            return "; use a concrete type, or JsonElement for free JSON";
        }

        if (type.TypeKind is Microsoft.CodeAnalysis.TypeKind.Delegate or Microsoft.CodeAnalysis.TypeKind.Interface or Microsoft.CodeAnalysis.TypeKind.Pointer or Microsoft.CodeAnalysis.TypeKind.Dynamic or Microsoft.CodeAnalysis.TypeKind.TypeParameter or Microsoft.CodeAnalysis.TypeKind.Error)
        {
            return string.Empty;
        }

        if (type.IsAbstract || type.IsRefLikeType || type.IsTupleType || type.IsStatic)
        {
            return type.IsTupleType ? "; use a record with named properties instead of a tuple" : string.Empty;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        if (ns == "System" || ns.StartsWith("System.", System.StringComparison.Ordinal) || ns == "Microsoft" || ns.StartsWith("Microsoft.", System.StringComparison.Ordinal))
        {
            // A framework type without a mapping has no reliable JSON shape of its own.
            return string.Empty;
        }

        return null;
    }

    private static string JsonMemberName(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == KnownNames.JsonStringEnumMemberNameAttribute &&
                attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return field.Name;
    }

    private static string Short(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static TypeKind? SpecialKind(SpecialType specialType) => specialType switch
    {
        SpecialType.System_String => TypeKind.String,
        SpecialType.System_Char => TypeKind.Char,
        SpecialType.System_Boolean => TypeKind.Boolean,
        SpecialType.System_SByte => TypeKind.SByte,
        SpecialType.System_Byte => TypeKind.Byte,
        SpecialType.System_Int16 => TypeKind.Int16,
        SpecialType.System_UInt16 => TypeKind.UInt16,
        SpecialType.System_Int32 => TypeKind.Int32,
        SpecialType.System_UInt32 => TypeKind.UInt32,
        SpecialType.System_Int64 => TypeKind.Int64,
        SpecialType.System_UInt64 => TypeKind.UInt64,
        SpecialType.System_IntPtr => TypeKind.IntPtr,
        SpecialType.System_Single => TypeKind.Single,
        SpecialType.System_Double => TypeKind.Double,
        SpecialType.System_Decimal => TypeKind.Decimal,
        SpecialType.System_DateTime => TypeKind.DateTime,
        _ => null,
    };
}
