namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/> that carry a code fix's plan, computed where the
/// semantic facts are known, so that the fixes only edit text and every diagnostic of one method plans the same edit.
/// </summary>
internal static class FixProperties
{
    /// <summary>TG0006: the valid name the fix writes (<see cref="ToolNameSuggestion"/>).</summary>
    public const string SuggestedName = "SuggestedName";

    /// <summary>TG0008: <c>true</c> when the tool itself has no description and needs a <c>&lt;summary&gt;</c> stub.</summary>
    public const string MissingSummary = "MissingSummary";

    /// <summary>TG0008: the names of the tool's undocumented parameters, in order, separated by <see cref="Separator"/>.</summary>
    public const string UndocumentedParameters = "UndocumentedParameters";

    /// <summary>Parameter names are identifiers, which never contain a space.</summary>
    public const char Separator = ' ';
}
