using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;
using TypeKind = ToolGen.Generators.Model.TypeKind;

namespace ToolGen.Generators.Parsing;

/// <summary>Which way a value travels: what the model sends, or what the tool returns.</summary>
internal enum Usage
{
    /// <summary>Read from the model's arguments: object types need a constructor and settable members.</summary>
    Argument,

    /// <summary>Written as the tool's result: every public property is written.</summary>
    Result,
}

/// <summary>
/// Maps a C# type to the JSON shape ToolGen can express (DESIGN.md, "Type mapping"), or says why it cannot,
/// naming the member path (<c>FlightQuery.Filters.Extra: 'object' cannot be expressed…</c>). The single place that
/// decides what a type means in JSON, for the generator and the analyzer alike. One instance serves one tool: it
/// collects the object types the tool reaches and what the symbols it names are marked with.
/// </summary>
internal sealed class TypeClassifier
{
    /// <summary>Fully qualified names, with <c>?</c> on annotated reference types.</summary>
    public static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private readonly KnownSymbols _known;
    private readonly INamedTypeSymbol _within;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, ObjectModel> _objects = new();
    private readonly HashSet<string> _inProgress = new();
    private readonly HashSet<string> _recursive = new();
    private readonly List<string> _path = new();
    private readonly Stack<MarkCollector> _marks = new();

    /// <param name="known">The compilation's symbols, options and judged objects.</param>
    /// <param name="within">The type the generated code lives in: constructors and setters must be accessible from it.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public TypeClassifier(KnownSymbols known, INamedTypeSymbol within, CancellationToken cancellationToken)
    {
        _known = known;
        _within = within;
        _cancellationToken = cancellationToken;
        _marks.Push(new MarkCollector(known));
    }

    /// <summary>The object types met so far.</summary>
    public IEnumerable<ObjectModel> Objects => _objects.Values;

    /// <summary>The marks of the symbols the tool itself names, merged with those of every object it reaches.</summary>
    public ReferenceMarks Marks
    {
        get
        {
            var all = new MarkCollector(_known);
            all.Add(_marks.Peek().ToMarks());
            foreach (var model in _objects.Values)
            {
                all.Add(model.Marks ?? ReferenceMarks.None);
            }

            return all.ToMarks();
        }
    }

    internal KnownSymbols Known => _known;

    internal ParseOptions Options => _known.Options;

    internal CancellationToken CancellationToken => _cancellationToken;

    /// <summary>Notes a symbol the generated code names (for its <c>[Obsolete]</c>/<c>[Experimental]</c> marks).</summary>
    internal void Note(ISymbol? symbol) => _marks.Peek().Note(symbol);

    /// <summary>Classifies a type and checks that it can travel the way <paramref name="usage"/> says.</summary>
    /// <param name="type">The type, with its nullable annotation.</param>
    /// <param name="usage">Whether it is read from arguments or written as a result.</param>
    /// <param name="problem">Why the type cannot be expressed, when the result is null.</param>
    public TypeModel? Classify(ITypeSymbol type, Usage usage, out TypeProblem? problem)
    {
        var model = Classify(type, out problem);
        if (model is not null)
        {
            problem = DirectionProblem(model, usage, new HashSet<string>());
            if (problem is not null)
            {
                return null;
            }
        }

        return model;
    }

    /// <summary>The first object the value reaches that cannot travel the way it must.</summary>
    private TypeProblem? DirectionProblem(TypeModel type, Usage usage, HashSet<string> visited)
    {
        for (var current = type; current is not null; current = current.Element)
        {
            if (current.ObjectKey is not { } key || !visited.Add(key) || !_objects.TryGetValue(key, out var model))
            {
                continue;
            }

            var own = usage == Usage.Argument ? model.ReadProblem : model.WriteProblem;
            if (own is not null)
            {
                return own;
            }

            foreach (var member in model.Members)
            {
                // What the model cannot set is never read.
                if (usage == Usage.Argument && member.Role == MemberRole.ReadOnly)
                {
                    continue;
                }

                var inner = DirectionProblem(member.Field.Type, usage, visited);
                if (inner is not null)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    /// <summary>Classifies a type in both directions (each object carries what it cannot do).</summary>
    private TypeModel? Classify(ITypeSymbol type, out TypeProblem? problem)
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

        var format = _known.FormatOf(type);
        if (format is not null)
        {
            return new TypeModel(format.Value, typeName, isNullable, IsValueType: type.IsValueType);
        }

        if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum)
        {
            return ClassifyEnum((INamedTypeSymbol)type, typeName, out problem);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                problem = Problem($"multi-dimensional array '{Short(type)}' cannot be expressed in a JSON schema", "use a jagged array (T[][]) or a list of lists");
                return null;
            }

            var element = Classify(array.ElementType, out problem);
            return element is null ? null : new TypeModel(TypeKind.Collection, typeName, isNullable, CollectionKind.Array, element);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic)
        {
            var collection = generic.TypeArguments.Length == 1 ? _known.CollectionOf(generic) : CollectionKind.None;
            if (collection != CollectionKind.None)
            {
                var element = Classify(generic.TypeArguments[0], out problem);
                return element is null ? null : new TypeModel(TypeKind.Collection, typeName, isNullable, collection, element, IsValueType: type.IsValueType);
            }

            if (generic.TypeArguments.Length == 2 && _known.IsDictionary(generic))
            {
                return ClassifyDictionary(generic, typeName, isNullable, out problem);
            }
        }

        return ClassifyObject(type, typeName, isNullable, out problem);
    }

    private TypeModel? ClassifyDictionary(INamedTypeSymbol type, string typeName, bool isNullable, out TypeProblem? problem)
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
            problem = Problem($"dictionary '{Short(type)}' has keys of type '{Short(keyType)}'", "JSON object keys are strings, so use string or enum keys");
            return null;
        }

        var value = Classify(type.TypeArguments[1], out problem);
        return value is null ? null : new TypeModel(TypeKind.Dictionary, typeName, isNullable, CollectionKind.Dictionary, value, Key: key);
    }

    private TypeModel? ClassifyEnum(INamedTypeSymbol type, string typeName, out TypeProblem? problem)
    {
        problem = null;
        Note(type);
        var isFlags = _known.Has(type, KnownNames.FlagsAttribute);
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
                    Descriptions.Of(field, _known, _cancellationToken),
                    isSingleFlag));
            }
        }

        if (members.Count == 0)
        {
            problem = Problem($"enum '{type.Name}' has no members, so no value could be sent", "add a member, or use another type");
            return null;
        }

        var enumName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var model = new EnumModel(enumName, type.EnumUnderlyingType!.ToDisplayString(), members.ToEquatableArray());
        return new TypeModel(isFlags ? TypeKind.FlagsEnum : TypeKind.Enum, typeName, IsNullable: false, Enum: model, IsValueType: true);
    }

    private TypeModel? ClassifyObject(ITypeSymbol type, string typeName, bool isNullable, out TypeProblem? problem)
    {
        problem = null;
        var (unsupported, advice) = type is INamedTypeSymbol candidate ? Unsupported(candidate) : (string.Empty, null);
        if (unsupported is not null)
        {
            problem = Problem($"'{Short(type)}' cannot be expressed in a JSON schema", advice);
            return null;
        }

        var named = (INamedTypeSymbol)type;

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
        var cacheKey = new ObjectCache.Key(named, _within, _known.Options);
        if (cacheable && _known.Objects.TryGet(cacheKey, out var cached))
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

        _marks.Push(new MarkCollector(_known));
        try
        {
            Note(named);
            var model = ObjectParser.Parse(this, named, key, _recursive, out problem);
            var marks = _marks.Peek().ToMarks();
            if (model is null)
            {
                if (cacheable && isRoot)
                {
                    _known.Objects.Add(cacheKey, new ObjectCache.Entry(System.Array.Empty<ObjectModel>(), problem));
                }

                return null;
            }

            _objects[key] = model with { IsRecursive = _recursive.Contains(key), Marks = marks == ReferenceMarks.None ? null : marks };
            if (cacheable && isRoot)
            {
                _known.Objects.Add(cacheKey, new ObjectCache.Entry(Closure(key), null));
            }

            return reference;
        }
        finally
        {
            _marks.Pop();
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
    internal TypeModel? ClassifyMember(string memberName, ITypeSymbol type, out TypeProblem? problem)
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

    internal bool IsAccessible(ISymbol symbol) => _known.Compilation.IsSymbolAccessibleWithin(symbol, _within);

    /// <summary>A problem at the current member path.</summary>
    internal TypeProblem Problem(string text, string? advice) => new(string.Join(".", _path), text, advice);

    /// <summary>Why an object-like type has no JSON shape: (text, advice), or (null, null) when it may be read from its properties.</summary>
    private static (string? Text, string? Advice) Unsupported(INamedTypeSymbol type)
    {
        if (type.SpecialType is SpecialType.System_Object)
        {
            return (string.Empty, "use a concrete type, or JsonElement for free JSON");
        }

        if (type.TypeKind is Microsoft.CodeAnalysis.TypeKind.Delegate or Microsoft.CodeAnalysis.TypeKind.Interface or Microsoft.CodeAnalysis.TypeKind.Pointer or Microsoft.CodeAnalysis.TypeKind.Dynamic or Microsoft.CodeAnalysis.TypeKind.TypeParameter or Microsoft.CodeAnalysis.TypeKind.Error)
        {
            return (string.Empty, null);
        }

        if (type.IsAbstract || type.IsRefLikeType || type.IsTupleType || type.IsStatic)
        {
            return (string.Empty, type.IsTupleType ? "use a record with named properties instead of a tuple" : null);
        }

        // A framework type without a mapping has no JSON shape of its own one can rely on.
        return FrameworkTypes.IsFramework(type) ? (string.Empty, null) : (null, null);
    }

    private string JsonMemberName(IFieldSymbol field) =>
        _known.Attribute(field, KnownNames.JsonStringEnumMemberNameAttribute) is { ConstructorArguments: { Length: 1 } args } && args[0].Value is string name
            ? name
            : field.Name;

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
