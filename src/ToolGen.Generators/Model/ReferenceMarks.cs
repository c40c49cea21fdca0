namespace ToolGen.Generators.Model;

/// <summary>
/// What the symbols a piece of generated code references are marked with, so that the generated file can keep the
/// compiler quiet about them: <c>[Experimental("ID")]</c> diagnostics are suppressed by ID, and a reference to an
/// <c>[Obsolete(error: true)]</c> member needs an obsolete context (a warning-level <c>[Obsolete]</c> is silenced by
/// the file's pragma).
/// </summary>
/// <param name="ExperimentalIds">The diagnostic IDs of <c>[Experimental]</c> symbols referenced, sorted, each once.</param>
/// <param name="ObsoleteError">Whether an <c>[Obsolete(..., error: true)]</c> symbol is referenced.</param>
internal sealed record ReferenceMarks(EquatableArray<string> ExperimentalIds, bool ObsoleteError)
{
    public static readonly ReferenceMarks None = new(EquatableArray<string>.Empty, false);
}
