using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;
using ToolGen.Generators.Parsing;
using TypeKind = ToolGen.Generators.Model.TypeKind;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// TG0009 and TG0010: what an optional parameter's default becomes in the common and the strict schema, judged by
/// <see cref="DefaultValues"/>, the code that writes it, so the warning and the schema agree.
/// </summary>
internal static class DefaultValueChecks
{
    /// <summary>Advice when the default cannot be written as JSON (NaN, an unnamed enum value, a struct's default); else null.</summary>
    public static string? Unwritable(IParameterSymbol parameter, TypeModel type)
    {
        if (!parameter.HasExplicitDefaultValue || IsNullDefault(parameter))
        {
            return null;
        }

        if (DefaultValues.Of(type, parameter.ExplicitDefaultValue).Json is not null)
        {
            return null;
        }

        return type.Kind switch
        {
            TypeKind.Single or TypeKind.Double => "use a finite number, or state the default in the parameter's description",
            TypeKind.Enum => "use a named member of the enum, or state the default in the parameter's description",
            _ => "state the default in the parameter's description",
        };
    }

    /// <summary>
    /// For an optional parameter with a default of its own, what a null from the model will mean in strict mode,
    /// where every property is required; null when the strict form changes nothing (no default, or a null default).
    /// </summary>
    public static string? StrictNote(IParameterSymbol parameter, TypeModel type)
    {
        if (!parameter.HasExplicitDefaultValue || IsNullDefault(parameter))
        {
            return null;
        }

        // The reader maps null to the default only where null is not a value of the type itself.
        return type.IsNullable
            ? "a null from the model is passed as null, so the default applies only to non-strict calls"
            : "a null from the model means the default";
    }

    /// <summary><c>= null</c> (or <c>= default</c>) on a type where null is a value: optional in both forms, nothing lost.</summary>
    private static bool IsNullDefault(IParameterSymbol parameter) =>
        parameter.ExplicitDefaultValue is null &&
        (parameter.Type.IsReferenceType || parameter.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T);
}
