using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Diagnostics;

/// <summary>The diagnostics of <c>[StructuredOutput]</c> answer types (IDs stable, never reused; help pages in docs/diagnostics).</summary>
internal static class AnswerDiagnostics
{
    public const string AnswerTypeShapeId = "TG0016";
    public const string UnsupportedAnswerTypeId = "TG0017";

    public static readonly DiagnosticDescriptor AnswerTypeShape = new(
        AnswerTypeShapeId,
        title: "Answer type must be a non-generic partial class, struct or record",
        messageFormat: "Answer type '{0}' {1}",
        "ToolGen",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "ToolGen adds the answer format to the type marked [StructuredOutput], which needs that type and every enclosing type to be partial and not generic, a name providers accept, and no member of its own named like the generated ones.",
        helpLinkUri: BuildConstants.HelpBase + AnswerTypeShapeId + ".md");

    public static readonly DiagnosticDescriptor UnsupportedAnswerType = new(
        UnsupportedAnswerTypeId,
        title: "Answer type cannot be expressed in a JSON schema",
        messageFormat: "Answer type '{0}': {1}",
        "ToolGen",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The answer type, or a member inside it, has no JSON shape that ToolGen can describe to a model and read back, under the same rules as a tool parameter; no answer format is generated.",
        helpLinkUri: BuildConstants.HelpBase + UnsupportedAnswerTypeId + ".md");
}
