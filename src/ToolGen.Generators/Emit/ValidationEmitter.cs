using System.Linq;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits the checks of DataAnnotations rules after a value is read. Messages name the rule and quote the
/// value: <c>"age": must be between 0 and 120; got 150.</c>
/// </summary>
internal static class ValidationEmitter
{
    /// <summary>Checks on a scalar value that was just read into <paramref name="value"/>.</summary>
    public static void Emit(SourceWriter w, EmitContext context, ValidationModel? rules, TypeModel type, string value, string path)
    {
        if (rules is null)
        {
            return;
        }

        var quote = $"{Names.ArgumentChecks}.Quote({value})";
        if (TypeFacts.IsNumber(type.Kind) && (rules.Minimum is not null || rules.Maximum is not null))
        {
            var suffix = type.Kind == TypeKind.Decimal ? "M" : string.Empty;
            var tests = new System.Collections.Generic.List<string>();
            if (rules.Minimum is not null)
            {
                tests.Add($"{value} {(rules.MinimumIsExclusive ? "<=" : "<")} {rules.Minimum}{suffix}");
            }

            if (rules.Maximum is not null)
            {
                tests.Add($"{value} {(rules.MaximumIsExclusive ? ">=" : ">")} {rules.Maximum}{suffix}");
            }

            Check(w, string.Join(" || ", tests), path, RangeText(rules), quote);
        }

        if (type.Kind == TypeKind.String)
        {
            EmitLength(w, rules, $"{value}.Length", path, "character", quote);
            if (rules.Pattern is not null)
            {
                // Timeouts and the call's time budget are handled (and reported) by Match.
                w.Line($"{Names.ArgumentChecks}.Match(ref __errors, {context.Pattern(rules.Pattern)}, {value}, {path}, {CSharpLiteral.String(rules.Pattern)});");
            }

            if (rules.Email)
            {
                Check(w, $"!{Names.ArgumentChecks}.IsEmail({value})", path, "must be an email address", quote);
            }

            if (rules.Url)
            {
                Check(w, $"!{Names.ArgumentChecks}.IsUrl({value})", path, "must be an http, https or ftp URL", quote);
            }
        }

        var comparable = type.Kind == TypeKind.String || TypeFacts.IsNumber(type.Kind);
        var allowed = rules.Allowed.Where(l => l.CSharp != "null").ToList();
        if (comparable && allowed.Count > 0)
        {
            Check(w, "!(" + string.Join(" || ", allowed.Select(l => $"{value} == {l.CSharp}")) + ")", path, "must be one of " + string.Join(", ", allowed.Select(l => l.Json)), quote);
        }

        var denied = rules.Denied.Where(l => l.CSharp != "null").ToList();
        if (comparable && denied.Count > 0)
        {
            Check(w, string.Join(" || ", denied.Select(l => $"{value} == {l.CSharp}")), path, "must not be " + string.Join(" or ", denied.Select(l => l.Json)), quote);
        }
    }

    /// <summary>Checks on the number of items of a collection (or entries of a map) that was just read.</summary>
    public static void EmitCount(SourceWriter w, ValidationModel? rules, string count, string path, string noun)
    {
        if (rules is not null)
        {
            EmitLength(w, rules, count, path, noun, $"{Names.ArgumentChecks}.Count({count}, \"{noun}\")");
        }
    }

    private static void EmitLength(SourceWriter w, ValidationModel rules, string length, string path, string noun, string quote)
    {
        var (min, max) = (rules.MinLength, rules.MaxLength);
        if (min is null && max is null)
        {
            return;
        }

        var tests = new System.Collections.Generic.List<string>();
        if (min is not null)
        {
            tests.Add($"{length} < {min}");
        }

        if (max is not null)
        {
            tests.Add($"{length} > {max}");
        }

        var plural = noun + "s";
        var rule = (min, max) switch
        {
            (not null, not null) when min == max => $"must have exactly {min} {(min == 1 ? noun : plural)}",
            (not null, not null) => $"must have {min} to {max} {plural}",
            (not null, null) => $"must have at least {min} {(min == 1 ? noun : plural)}",
            _ => $"must have at most {max} {(max == 1 ? noun : plural)}",
        };
        Check(w, string.Join(" || ", tests), path, rule, quote);
    }

    private static string RangeText(ValidationModel rules)
    {
        if (!rules.MinimumIsExclusive && !rules.MaximumIsExclusive && rules.Minimum is not null && rules.Maximum is not null)
        {
            return $"must be between {rules.Minimum} and {rules.Maximum}";
        }

        var parts = new System.Collections.Generic.List<string>();
        if (rules.Minimum is not null)
        {
            parts.Add((rules.MinimumIsExclusive ? "greater than " : "at least ") + rules.Minimum);
        }

        if (rules.Maximum is not null)
        {
            parts.Add((rules.MaximumIsExclusive ? "less than " : "at most ") + rules.Maximum);
        }

        return "must be " + string.Join(" and ", parts);
    }

    private static void Check(SourceWriter w, string failing, string path, string rule, string quote)
    {
        w.Open($"if ({failing})");
        w.Line($"{Names.ArgumentErrors}.Broken(ref __errors, {path}, {CSharpLiteral.String(rule)}, {quote});");
        w.Close();
    }
}
