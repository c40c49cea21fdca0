using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;
using TypeKind = ToolGen.Generators.Model.TypeKind;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Maps a C# type to the JSON shape ToolGen can express (DESIGN.md, "Type mapping"), or says why it cannot.
/// Shared by the generator and the analyzers so that they never disagree.
/// </summary>
internal static class TypeClassifier
{
    /// <summary>Fully qualified names, with <c>?</c> on annotated reference types.</summary>
    public static readonly SymbolDisplayFormat TypeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly HashSet<string> s_listLike = new()
    {
        "System.Collections.Generic.List<T>",
        "System.Collections.Generic.IList<T>",
        "System.Collections.Generic.ICollection<T>",
        "System.Collections.Generic.IEnumerable<T>",
        "System.Collections.Generic.IReadOnlyList<T>",
        "System.Collections.Generic.IReadOnlyCollection<T>",
    };

    /// <summary>Classifies a type.</summary>
    /// <param name="type">The type, with its nullable annotation.</param>
    /// <param name="problem">Why the type cannot be expressed, when the result is null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static TypeModel? Classify(ITypeSymbol type, out string? problem, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        problem = null;
        var typeName = type.ToDisplayString(TypeNameFormat);

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Classify(nullable.TypeArguments[0], out problem, cancellationToken);
            return inner is null ? null : inner with { TypeName = typeName, IsNullable = true };
        }

        var isNullable = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        var kind = SpecialKind(type.SpecialType);
        if (kind is not null)
        {
            return new TypeModel(kind.Value, typeName, isNullable);
        }

        if (type.TypeKind == Microsoft.CodeAnalysis.TypeKind.Enum)
        {
            return ClassifyEnum((INamedTypeSymbol)type, typeName, out problem);
        }

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                problem = $"multi-dimensional array '{typeName}' cannot be expressed in a JSON schema; use a jagged array (T[][]) or a list of lists";
                return null;
            }

            var element = Classify(array.ElementType, out problem, cancellationToken);
            return element is null ? null : new TypeModel(TypeKind.Collection, typeName, isNullable, CollectionKind.Array, element);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic &&
            s_listLike.Contains(generic.OriginalDefinition.ToDisplayString()))
        {
            var element = Classify(generic.TypeArguments[0], out problem, cancellationToken);
            return element is null ? null : new TypeModel(TypeKind.Collection, typeName, isNullable, CollectionKind.List, element);
        }

        problem = $"'{type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' cannot be expressed in a JSON schema";
        return null;
    }

    private static TypeModel? ClassifyEnum(INamedTypeSymbol type, string typeName, out string? problem)
    {
        problem = null;
        if (type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.FlagsAttribute))
        {
            problem = $"[Flags] enum '{type.Name}' is not supported yet; pass an array of a plain enum instead";
            return null;
        }

        var members = new List<EnumMemberModel>();
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field)
            {
                members.Add(new EnumMemberModel(Identifiers.Escape(field.Name), JsonMemberName(field), System.Convert.ToString(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture)!));
            }
        }

        if (members.Count == 0)
        {
            problem = $"enum '{type.Name}' has no members, so no value could be sent";
            return null;
        }

        var enumName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new TypeModel(TypeKind.Enum, typeName, IsNullable: false, Enum: new EnumModel(enumName, type.EnumUnderlyingType!.ToDisplayString(), members.ToEquatableArray()));
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
        SpecialType.System_Single => TypeKind.Single,
        SpecialType.System_Double => TypeKind.Double,
        SpecialType.System_Decimal => TypeKind.Decimal,
        _ => null,
    };
}
