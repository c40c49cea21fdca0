using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Parsing;

/// <summary>Reads the DataAnnotations attributes of a parameter or property into a <see cref="ValidationModel"/>.</summary>
internal static class ValidationParser
{
    public static ValidationModel? Read(ISymbol symbol, TypeModel type)
    {
        var model = new ValidationModel();
        foreach (var attribute in symbol.GetAttributes())
        {
            var name = attribute.AttributeClass?.ToDisplayString();
            if (name is null || !name.StartsWith(KnownNames.DataAnnotations, System.StringComparison.Ordinal))
            {
                continue;
            }

            var args = attribute.ConstructorArguments;
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
