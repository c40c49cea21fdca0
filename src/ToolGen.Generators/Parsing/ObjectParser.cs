using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Reads a class, struct or record into an <see cref="ObjectModel"/>: which constructor builds it, which
/// properties the model may set and how, which are required, and their defaults, names and rules.
/// </summary>
internal static class ObjectParser
{
    /// <summary>
    /// The object's model, or null with the reason when no tool could use it. A type that cannot be read (no
    /// constructor ToolGen can call) or cannot be written (a read-only property without a JSON shape) still gets a
    /// model that says so: it may serve the other way.
    /// </summary>
    public static ObjectModel? Parse(TypeClassifier classifier, INamedTypeSymbol type, string key, HashSet<string> recursive, out TypeProblem? problem)
    {
        problem = null;
        var known = classifier.Known;
        TypeProblem? readProblem = null;
        TypeProblem? writeProblem = null;
        var constructor = ChooseConstructor(classifier, type);
        if (constructor is null)
        {
            readProblem = classifier.Problem(
                $"'{type.Name}' has no constructor ToolGen can call",
                "add a public parameterless constructor, a single public constructor, or mark one [JsonConstructor]");
        }

        classifier.Note(constructor);
        var setsRequiredMembers = constructor is not null && known.Has(constructor, KnownNames.SetsRequiredMembersAttribute);
        var hasParameterless = type.IsValueType || type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && classifier.IsAccessible(c));
        var ctorParameters = constructor?.Parameters ?? System.Collections.Immutable.ImmutableArray<IParameterSymbol>.Empty;
        var matched = new bool[ctorParameters.Length];
        var members = new List<MemberModel>();
        var unenforced = new List<TypeProblem>();
        var rules = new List<string>();
        foreach (var property in Properties(type, known))
        {
            classifier.CancellationToken.ThrowIfCancellationRequested();
            var ctorIndex = IndexOf(ctorParameters, property.Name);
            var role = RoleOf(classifier, property, ctorIndex);

            // A constructor parameter decides what may be passed, so its annotation (string vs string?) decides
            // whether null is read; a parameter of another type would need a conversion ToolGen does not guess.
            var readType = property.Type;
            if (ctorIndex >= 0)
            {
                var parameter = ctorParameters[ctorIndex];
                if (SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type))
                {
                    readType = parameter.Type;
                }
                else
                {
                    readProblem ??= classifier.Problem(
                        $"constructor parameter '{parameter.Name}' of '{type.Name}' is '{Short(parameter.Type)}' but property '{property.Name}' is '{Short(property.Type)}'",
                        "give both the same type, so that the value read can be passed on as it is");
                }
            }

            var memberType = classifier.ClassifyMember(property.Name, readType, out var memberProblem);
            if (memberType is null)
            {
                if (role != MemberRole.ReadOnly)
                {
                    problem = memberProblem;
                    return null;
                }

                // Never read: the type is still an argument; only writing it as a result needs this property.
                writeProblem ??= memberProblem;
                continue;
            }

            classifier.Note(property);
            var requiredByRule = known.Has(property, KnownNames.RequiredAttribute);
            if (requiredByRule && memberType is { IsNullable: true, IsValueType: false })
            {
                // [Required] refuses null, whatever the annotation allows.
                memberType = memberType with { IsNullable = false };
            }

            var required = property.IsRequired || known.Has(property, KnownNames.JsonRequiredAttribute) || requiredByRule;
            DefaultValueModel? defaultValue = null;
            if (ctorIndex >= 0)
            {
                matched[ctorIndex] = true;
                var parameter = ctorParameters[ctorIndex];
                if (property.IsRequired && !setsRequiredMembers)
                {
                    // Generated code passes the value to the constructor only; C# would also demand it in the initializer.
                    readProblem ??= classifier.Problem(
                        $"required property '{property.Name}' of '{type.Name}' is also a parameter of its constructor, which does not set required members",
                        "mark the constructor [SetsRequiredMembers], or remove 'required'");
                }

                if (parameter.HasExplicitDefaultValue)
                {
                    defaultValue = DefaultValues.Of(memberType, parameter.ExplicitDefaultValue);
                }
                else if (!memberType.IsNullable)
                {
                    // T? is optional even without a C# default (DESIGN, type mapping): left out, it is null.
                    required = true;
                }
            }
            else if (role is MemberRole.Settable or MemberRole.InitOnly)
            {
                defaultValue = InitializerDefault(classifier, property, memberType);
                if (role == MemberRole.InitOnly && !required && defaultValue is null && !hasParameterless)
                {
                    // Nothing can supply the value of an init-only property the model leaves out.
                    required = true;
                }
            }

            // A positional record documents its properties as <param> of the type.
            var description = Descriptions.Of(property, known, classifier.CancellationToken) ??
                (ctorIndex >= 0 ? TypeParameterDoc(type, ctorParameters[ctorIndex].Name, classifier) : null);
            var field = new FieldModel(
                JsonName(classifier, property),
                memberType,
                required && role != MemberRole.ReadOnly,
                defaultValue,
                description,
                ValidationParser.Read(property, memberType, known, rules));
            foreach (var rule in rules)
            {
                unenforced.Add(new TypeProblem(type.Name + "." + property.Name, rule, null));
            }

            rules.Clear();
            members.Add(new MemberModel(Identifiers.Escape(property.Name), role, ctorIndex, field));
        }

        var duplicate = DuplicateJsonNames.Find(members.Select(m => (m.CSharpName.TrimStart('@'), m.Field.JsonName)));
        if (duplicate is { } clash)
        {
            problem = classifier.Problem(
                $"properties '{clash.First}' and '{clash.Second}' of '{type.Name}' both have the JSON name '{clash.JsonName}'",
                "rename one, or give it another name with [JsonPropertyName]");
            return null;
        }

        for (var i = 0; i < matched.Length; i++)
        {
            if (!matched[i])
            {
                readProblem ??= classifier.Problem(
                    $"constructor parameter '{ctorParameters[i].Name}' of '{type.Name}' matches no public property, so it cannot be read from JSON",
                    "add a public property of the same name, or mark another constructor [JsonConstructor]");
            }
        }

        return new ObjectModel(
            key,
            type.Name,
            type.IsValueType,
            recursive.Contains(key),
            Descriptions.Of(type, known, classifier.CancellationToken),
            ctorParameters.Length,
            hasParameterless,
            members.ToEquatableArray(),
            readProblem,
            writeProblem,
            Unenforced: unenforced.ToEquatableArray());
    }

    /// <summary>
    /// The constructor the reader calls, chosen as System.Text.Json does: <c>[JsonConstructor]</c>, else a
    /// parameterless one, else the only accessible one (a positional record's primary constructor).
    /// </summary>
    private static IMethodSymbol? ChooseConstructor(TypeClassifier classifier, INamedTypeSymbol type)
    {
        var candidates = type.InstanceConstructors
            .Where(c => classifier.IsAccessible(c) && !IsCopyConstructor(c, type))
            .ToList();
        var marked = candidates.FirstOrDefault(c => classifier.Known.Has(c, KnownNames.JsonConstructorAttribute));
        if (marked is not null)
        {
            return marked;
        }

        var withParameters = candidates.Where(c => c.Parameters.Length > 0).ToList();
        var parameterless = candidates.FirstOrDefault(c => c.Parameters.Length == 0);
        if (type.IsValueType && withParameters.Count == 1 && (parameterless is null || parameterless.IsImplicitlyDeclared))
        {
            return withParameters[0];
        }

        return parameterless ?? (withParameters.Count == 1 ? withParameters[0] : null);
    }

    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
        constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    /// <summary>Public instance properties with a getter, base types first, each name once, <c>[JsonIgnore]</c> left out.</summary>
    private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type, KnownSymbols known)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<IPropertySymbol>();
        foreach (var declaring in chain)
        {
            foreach (var member in declaring.GetMembers())
            {
                if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property &&
                    property.GetMethod.DeclaredAccessibility == Accessibility.Public &&
                    !IsIgnored(property, known) &&
                    !(type.IsRecord && property.Name == "EqualityContract"))
                {
                    if (seen.Add(property.Name))
                    {
                        result.Add(property);
                    }
                    else
                    {
                        // An override or `new` in a derived type replaces the base's property.
                        result[result.FindIndex(p => p.Name == property.Name)] = property;
                    }
                }
            }
        }

        return result;
    }

    private static bool IsIgnored(IPropertySymbol property, KnownSymbols known)
    {
        if (known.Attribute(property, KnownNames.JsonIgnoreAttribute) is not { } attribute)
        {
            return false;
        }

        // JsonIgnoreCondition: Never = 0, Always = 1 (the default); WhenWriting* still read the property.
        var condition = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Condition").Value.Value;
        return condition is null || (condition is int value && value == 1);
    }

    private static MemberRole RoleOf(TypeClassifier classifier, IPropertySymbol property, int ctorIndex)
    {
        if (ctorIndex >= 0)
        {
            return MemberRole.ConstructorParameter;
        }

        if (property.SetMethod is { } setter && classifier.IsAccessible(setter))
        {
            return setter.IsInitOnly || property.IsRequired ? MemberRole.InitOnly : MemberRole.Settable;
        }

        return MemberRole.ReadOnly;
    }

    private static int IndexOf(System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, string propertyName)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            if (string.Equals(parameters[i].Name, propertyName, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static string JsonName(TypeClassifier classifier, IPropertySymbol property) =>
        classifier.Known.Attribute(property, KnownNames.JsonPropertyNameAttribute) is { ConstructorArguments: { Length: 1 } args } && args[0].Value is string name
            ? name
            : Naming.Apply(classifier.Options.PropertyNaming, property.Name);

    /// <summary>The constant a property is initialised with (<c>= 5</c>), for the schema's <c>default</c>.</summary>
    private static DefaultValueModel? InitializerDefault(TypeClassifier classifier, IPropertySymbol property, TypeModel type)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(classifier.CancellationToken) is PropertyDeclarationSyntax { Initializer: { } initializer } &&
                classifier.Known.Compilation.ContainsSyntaxTree(initializer.SyntaxTree))
            {
                var model = classifier.Known.Compilation.GetSemanticModel(initializer.SyntaxTree);
                var constant = model.GetConstantValue(initializer.Value, classifier.CancellationToken);
                if (constant.HasValue)
                {
                    return DefaultValues.Of(type, constant.Value);
                }
            }
        }

        return null;
    }

    private static string? TypeParameterDoc(INamedTypeSymbol type, string name, TypeClassifier classifier)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var text = DocComments.Read(reference.GetSyntax(classifier.CancellationToken)).Parameter(name);
            if (text is not null)
            {
                return text;
            }
        }

        return null;
    }

    private static string Short(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
}
