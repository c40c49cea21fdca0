namespace ToolGen.Generators.Model;

/// <summary>
/// Why a type cannot be expressed, as data: where (the member path from the parameter's or result's type, empty for
/// the type itself), what is wrong, and what to do. Diagnostics render it; nothing parses it back.
/// </summary>
/// <param name="Path">Member path such as <c>FlightQuery.Filters.Extra</c>, or empty.</param>
/// <param name="Text">What is wrong, e.g. <c>'object' cannot be expressed in a JSON schema</c>.</param>
/// <param name="Advice">The next step, or null when the generic advice applies.</param>
internal sealed record TypeProblem(string Path, string Text, string? Advice)
{
    /// <summary>The next step when the problem names none: a diagnostic must say what to do.</summary>
    public const string GenericAdvice = "use a string, number, bool, enum, collection, or a class or record with public properties";

    /// <summary><c>Path: text; advice</c>, as diagnostics show it.</summary>
    public string Render() => (Path.Length == 0 ? string.Empty : Path + ": ") + Text + "; " + (Advice ?? GenericAdvice);
}
