using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Parsing;

/// <summary>Reads the DataAnnotations attributes of a parameter or property into a <see cref="ValidationModel"/>.</summary>
internal static class ValidationParser
{
    /// <summary>The rules ToolGen writes into schemas and checks in the reader.</summary>
    private static readonly string[] s_enforced =
    {
        KnownNames.RangeAttribute, KnownNames.StringLengthAttribute, KnownNames.MinLengthAttribute, KnownNames.MaxLengthAttribute,
        KnownNames.LengthAttribute, KnownNames.RegularExpressionAttribute, KnownNames.EmailAddressAttribute, KnownNames.UrlAttribute,
        KnownNames.AllowedValuesAttribute, KnownNames.DeniedValuesAttribute, KnownNames.RequiredAttribute,
    };

    /// <summary>The rules of a parameter or property.</summary>
    /// <param name="symbol">The parameter or property.</param>
    /// <param name="type">Its type as classified.</param>
    /// <param name="known">The compilation's symbols.</param>
    /// <param name="unenforced">Receives the validation attributes ToolGen does not enforce, by short name (<c>[Phone]</c>).</param>
    public static ValidationModel? Read(ISymbol symbol, TypeModel type, KnownSymbols known, List<string>? unenforced = null)
    {
        var model = new ValidationModel();
        foreach (var attribute in symbol.GetAttributes())
        {
            var name = System.Array.Find(s_enforced, n => known.Is(attribute, n));
            if (name is null)
            {
                if (unenforced is not null && IsValidationAttribute(attribute.AttributeClass, known))
                {
                    unenforced.Add("[" + ShortName(attribute.AttributeClass!) + "]");
                }

                continue;
            }

            var args = attribute.ConstructorArguments;
            if (name == KnownNames.RangeAttribute && args.Length == 3 && !IsNumeric(args[0].Value as ITypeSymbol))
            {
                // [Range(typeof(DateTime), "…", "…")] compares values the schema has no keyword for.
                unenforced?.Add("[Range(typeof(" + ((args[0].Value as ITypeSymbol)?.Name ?? "?") + "), …)]");
                continue;
            }

            switch (name)
            {
                case KnownNames.RangeAttribute when args.Length == 2:
                    model = model with { Minimum = Number(args[0].Value), Maximum = Number(args[1].Value) };
                    break;
                case KnownNames.RangeAttribute when args.Length == 3:
                    // [Range(typeof(decimal), "0.5", "10")]: the bounds are text in the invariant culture.
                    model = model with { Minimum = NumberText(args[1].Value as string), Maximum = NumberText(args[2].Value as string) };
                    break;
                case KnownNames.StringLengthAttribute when args.Length == 1 && args[0].Value is int max:
                    model = model with { MaxLength = max };
                    break;
                case KnownNames.MinLengthAttribute when args.Length == 1 && args[0].Value is int min:
                    model = model with { MinLength = min };
                    break;
                case KnownNames.MaxLengthAttribute when args.Length == 1 && args[0].Value is int max && max >= 0:
                    model = model with { MaxLength = max };
                    break;
                case KnownNames.RegularExpressionAttribute when args.Length == 1 && args[0].Value is string pattern:
                    model = model with { Pattern = pattern };
                    break;
                case KnownNames.EmailAddressAttribute:
                    model = model with { Email = true };
                    break;
                case KnownNames.UrlAttribute:
                    model = model with { Url = true };
                    break;
                case KnownNames.AllowedValuesAttribute:
                    model = model with { Allowed = Literals(args) };
                    break;
                case KnownNames.DeniedValuesAttribute:
                    model = model with { Denied = Literals(args) };
                    break;
                case KnownNames.LengthAttribute when args.Length == 2 && args[0].Value is int min && args[1].Value is int max:
                    model = model with { MinLength = min, MaxLength = max };
                    break;
                case KnownNames.RequiredAttribute when type.Kind == Model.TypeKind.String && !attribute.NamedArguments.Any(a => a.Key == "AllowEmptyStrings" && a.Value.Value is true):
                    // [Required] on a string also refuses "" (DataAnnotations' default).
                    model = model with { MinLength = System.Math.Max(model.MinLength ?? 0, 1) };
                    break;
            }

            foreach (var named in attribute.NamedArguments)
            {
                model = (name, named.Key, named.Value.Value) switch
                {
                    (KnownNames.StringLengthAttribute, "MinimumLength", int min) when min > 0 => model with { MinLength = min },
                    (KnownNames.RangeAttribute, "MinimumIsExclusive", bool exclusive) => model with { MinimumIsExclusive = exclusive },
                    (KnownNames.RangeAttribute, "MaximumIsExclusive", bool exclusive) => model with { MaximumIsExclusive = exclusive },
                    _ => model,
                };
            }
        }

        return model.IsEmpty ? null : model;
    }

    /// <summary>A <c>ValidationAttribute</c> (DataAnnotations' base of every rule, custom ones included).</summary>
    private static bool IsValidationAttribute(INamedTypeSymbol? type, KnownSymbols known)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (known.Is(current, KnownNames.ValidationAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private static string ShortName(INamedTypeSymbol type) =>
        type.Name.EndsWith("Attribute", System.StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - 9) : type.Name;

    private static bool IsNumeric(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
        SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or
        SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;

    private static string? Number(object? value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d when !double.IsNaN(d) && !double.IsInfinity(d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string? NumberText(string? text) =>
        text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? Number(value) : null;

    private static EquatableArray<LiteralModel> Literals(System.Collections.Immutable.ImmutableArray<TypedConstant> args)
    {
        // params object?[] arrives as one array argument.
        var values = new List<LiteralModel>();
        var items = args.Length == 1 && args[0].Kind == TypedConstantKind.Array ? args[0].Values : args;
        foreach (var item in items)
        {
            if (item.Kind is not (TypedConstantKind.Primitive or TypedConstantKind.Error) && item.Value is not null)
            {
                // Enum constants and types have no literal the generated comparison could use.
                continue;
            }

            switch (item.Value)
            {
                case string text:
                    values.Add(new LiteralModel(CSharpLiteral.String(text), JsonLiteral.String(text)));
                    break;
                case null:
                    values.Add(new LiteralModel("null", "null"));
                    break;
                case int or long or short or byte or sbyte or ushort or uint or ulong or double or float or decimal:
                    var json = System.Convert.ToString(item.Value, CultureInfo.InvariantCulture)!;
                    values.Add(new LiteralModel(json, json));
                    break;
            }
        }

        return values.ToEquatableArray();
    }
}
