namespace ToolGen.Generators.Model;

/// <summary>A default value, as C# source and as JSON.</summary>
/// <param name="CSharpExpression">An expression of the parameter's type, e.g. <c>(short)5</c>.</param>
/// <param name="Json">The same value as JSON, or null when JSON cannot hold it (NaN, infinities).</param>
internal sealed record DefaultValueModel(string CSharpExpression, string? Json);

/// <summary>A constant as C# source and as JSON, e.g. one of <c>[AllowedValues]</c>.</summary>
internal sealed record LiteralModel(string CSharp, string Json);

/// <summary>
/// The DataAnnotations rules on a parameter or property: each becomes a schema keyword and a check in the reader.
/// </summary>
/// <param name="Minimum">[Range] lower bound, as an invariant number.</param>
/// <param name="Maximum">[Range] upper bound.</param>
/// <param name="MinimumIsExclusive">[Range(MinimumIsExclusive = true)].</param>
/// <param name="MaximumIsExclusive">[Range(MaximumIsExclusive = true)].</param>
/// <param name="MinLength">[MinLength] or [StringLength(MinimumLength)]: characters of a string, items of a collection.</param>
/// <param name="MaxLength">[MaxLength] or [StringLength].</param>
/// <param name="Pattern">[RegularExpression], matched against the whole string.</param>
/// <param name="Email">[EmailAddress].</param>
/// <param name="Url">[Url].</param>
/// <param name="Allowed">[AllowedValues].</param>
/// <param name="Denied">[DeniedValues].</param>
internal sealed record ValidationModel(
    string? Minimum = null,
    string? Maximum = null,
    bool MinimumIsExclusive = false,
    bool MaximumIsExclusive = false,
    int? MinLength = null,
    int? MaxLength = null,
    string? Pattern = null,
    bool Email = false,
    bool Url = false,
    EquatableArray<LiteralModel> Allowed = default,
    EquatableArray<LiteralModel> Denied = default)
{
    public bool IsEmpty => this == new ValidationModel();
}

/// <summary>
/// One named value the model sends: a tool parameter or an object property. The reader, the schema and
/// the checks work on fields, so parameters and properties behave alike.
/// </summary>
/// <param name="JsonName">The property name in JSON.</param>
/// <param name="Type">The value's type.</param>
/// <param name="IsRequired">Whether the model must send it.</param>
/// <param name="Default">The default of an optional field, when it is a constant.</param>
/// <param name="Description">For the model (may be null).</param>
/// <param name="Validation">DataAnnotations rules, or null.</param>
internal sealed record FieldModel(
    string JsonName,
    TypeModel Type,
    bool IsRequired,
    DefaultValueModel? Default,
    string? Description,
    ValidationModel? Validation);
