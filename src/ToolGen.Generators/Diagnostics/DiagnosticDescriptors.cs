using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// Every diagnostic ToolGen reports (DESIGN.md, "Diagnostics"). IDs are stable and never reused; the code fixes
/// read the ID constants, and each rule's help link is its page in docs/diagnostics.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string UnsupportedParameterTypeId = "TG0001";
    public const string TypeNotPartialId = "TG0002";
    public const string GenericToolId = "TG0003";
    public const string ParameterModifierId = "TG0004";
    public const string DuplicateToolNameId = "TG0005";
    public const string InvalidToolNameId = "TG0006";
    public const string UnsupportedReturnTypeId = "TG0007";
    public const string MissingDescriptionId = "TG0008";
    public const string DefaultNotInSchemaId = "TG0009";
    public const string StrictRewriteId = "TG0010";
    public const string NoStrictFormId = "TG0011";
    public const string GeneratedMemberClashId = "TG0012";
    public const string DuplicateJsonNameId = "TG0013";
    public const string UnenforcedRuleId = "TG0014";
    public const string MalformedDocCommentId = "TG0015";

    private const string Category = "ToolGen";

    /// <summary>
    /// Absolute, because a relative link would not open from the IDE's error list; set once, by the MSBuild property
    /// <c>ToolGenDiagnosticsHelpBase</c> (Directory.Build.props), which the build writes into a constant.
    /// </summary>
    private const string HelpBase = BuildConstants.HelpBase;

    public static readonly DiagnosticDescriptor UnsupportedParameterType = new(
        UnsupportedParameterTypeId,
        title: "Parameter type cannot be expressed in a JSON schema",
        messageFormat: "Parameter '{0}' of tool '{1}': {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A tool parameter's type, or a member inside it, has no JSON shape that ToolGen can describe to a model and read back; the tool is left out of the generated set.",
        helpLinkUri: HelpBase + UnsupportedParameterTypeId + ".md");

    public static readonly DiagnosticDescriptor TypeNotPartial = new(
        TypeNotPartialId,
        title: "Type holding tools must be partial",
        messageFormat: "Type '{0}' holds tools, so it and every type enclosing it must be partial; add the 'partial' modifier to {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "ToolGen adds the schemas and the dispatcher to the type that declares [Tool] methods, which needs that type and every enclosing type to be partial.",
        helpLinkUri: HelpBase + TypeNotPartialId + ".md");

    public static readonly DiagnosticDescriptor GenericTool = new(
        GenericToolId,
        title: "Tool method must be a plain method of a non-generic type",
        messageFormat: "Tool '{0}' {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A model cannot choose type arguments, and generated code calls a tool as an ordinary method of a non-generic partial class, struct or record.",
        helpLinkUri: HelpBase + GenericToolId + ".md");

    public static readonly DiagnosticDescriptor ParameterModifier = new(
        ParameterModifierId,
        title: "Tool parameter cannot be ref, out, in or params",
        messageFormat: "Parameter '{0}' of tool '{1}' is declared '{2}'; a model sends plain values, so remove '{2}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A model's arguments are values read from JSON: nothing can be passed by reference or handed back through a parameter, and a params array is just an array.",
        helpLinkUri: HelpBase + ParameterModifierId + ".md");

    public static readonly DiagnosticDescriptor DuplicateToolName = new(
        DuplicateToolNameId,
        title: "Two tools of one type share a name",
        messageFormat: "Tool name '{0}' of method '{1}' is already used by method '{2}' in '{3}'; give one of them another name with [Tool(\"name\")]",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A model calls a tool by name, so the names of one tool set must be unique; the generator keeps the first tool and leaves out the others.",
        helpLinkUri: HelpBase + DuplicateToolNameId + ".md");

    public static readonly DiagnosticDescriptor InvalidToolName = new(
        InvalidToolNameId,
        title: "Tool name is not valid",
        messageFormat: "Tool name '{0}' of method '{1}' is not valid, since providers accept only 1 to 64 letters, digits, '_' or '-'; rename it, for example to [Tool(\"{2}\")]",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every provider requires tool names to match ^[a-zA-Z0-9_-]{1,64}$.",
        helpLinkUri: HelpBase + InvalidToolNameId + ".md");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = new(
        UnsupportedReturnTypeId,
        title: "Return type cannot be written as JSON",
        messageFormat: "Return type of tool '{0}': {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A tool's result is written as JSON for the model, so its type (or the type a Task or ValueTask produces) must have a JSON shape.",
        helpLinkUri: HelpBase + UnsupportedReturnTypeId + ".md");

    public static readonly DiagnosticDescriptor ToolWithoutDescription = new(
        MissingDescriptionId,
        title: "Tool or parameter has no description",
        messageFormat: "Tool '{0}' has no description, so the model has to guess what it does; add a /// <summary>, [Description] or [Tool(Description = \"...\")]",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model chooses tools and fills arguments from their descriptions.",
        helpLinkUri: HelpBase + MissingDescriptionId + ".md");

    public static readonly DiagnosticDescriptor ParameterWithoutDescription = new(
        MissingDescriptionId,
        title: "Tool or parameter has no description",
        messageFormat: "Parameter '{0}' of tool '{1}' has no description, so the model has to guess what to send; add a /// <param name=\"{0}\"> or [Description]",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A model chooses tools and fills arguments from their descriptions.",
        helpLinkUri: HelpBase + MissingDescriptionId + ".md");

    public static readonly DiagnosticDescriptor DefaultNotInSchema = new(
        DefaultNotInSchemaId,
        title: "Default value cannot be written into the schema",
        messageFormat: "Default '{0}' of parameter '{1}' of tool '{2}' cannot be written into the JSON schema, so the model never sees it; {3}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The schema tells the model each optional parameter's default; a default that JSON cannot hold is left out of it.",
        helpLinkUri: HelpBase + DefaultNotInSchemaId + ".md");

    public static readonly DiagnosticDescriptor StrictRewrite = new(
        StrictRewriteId,
        title: "Strict mode makes an optional parameter required and nullable",
        messageFormat: "Parameter '{0}' of tool '{1}' is optional, but OpenAI strict mode requires every property, so its strict schema makes it required and nullable; {2}",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "OpenAI strict mode has no optional properties: ToolGen lists every parameter as required and lets an optional one be null.",
        helpLinkUri: HelpBase + StrictRewriteId + ".md");

    public static readonly DiagnosticDescriptor NoStrictForm = new(
        NoStrictFormId,
        title: "Tool has no strict form",
        messageFormat: "Tool '{0}' has no OpenAI strict form because {1} is {2}, which strict mode cannot express; the tool is sent non-strict",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "OpenAI strict mode needs every object closed with its properties listed, so open maps and free JSON have no strict form.",
        helpLinkUri: HelpBase + NoStrictFormId + ".md");

    public static readonly DiagnosticDescriptor GeneratedMemberClash = new(
        GeneratedMemberClashId,
        title: "Type holding tools already declares a member ToolGen generates",
        messageFormat: "Tool '{0}' cannot be generated: type '{1}' already declares '{2}', which ToolGen adds to it; rename that member",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "ToolGen adds ToolDefinitions, InvokeAsync(ToolCall, CancellationToken) and, for a static class, ToolSet to the type that holds tools; a member of the same name would make the generated code fail to compile, so the type's tools are left out.",
        helpLinkUri: HelpBase + GeneratedMemberClashId + ".md");

    public static readonly DiagnosticDescriptor DuplicateJsonName = new(
        DuplicateJsonNameId,
        title: "Two parameters of a tool have the same JSON name",
        messageFormat: "Parameters '{0}' and '{1}' of tool '{2}' both have the JSON name '{3}' (names are compared ignoring case); rename one, or give it another name with [JsonPropertyName]",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The arguments object would have one key for two parameters, so no call could set both; models and many JSON readers also match names ignoring case. The tool is left out.",
        helpLinkUri: HelpBase + DuplicateJsonNameId + ".md");

    public static readonly DiagnosticDescriptor UnenforcedRule = new(
        UnenforcedRuleId,
        title: "Validation attribute is not enforced",
        messageFormat: "{0} on {1} of tool '{2}' is not checked by ToolGen and not written into the schema, so the tool may receive values it forbids; check the value in the tool, or use a rule ToolGen enforces ([Range], [StringLength], [MinLength], [MaxLength], [Length], [RegularExpression], [EmailAddress], [Url], [AllowedValues], [DeniedValues], [Required])",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "ToolGen turns the DataAnnotations rules it knows into schema keywords and checks in the argument reader; any other validation attribute would be silently ignored.",
        helpLinkUri: HelpBase + UnenforcedRuleId + ".md");

    public static readonly DiagnosticDescriptor MalformedDocComment = new(
        MalformedDocCommentId,
        title: "Doc comment is not well-formed XML",
        messageFormat: "The doc comment of tool '{0}' is not well-formed XML, so the model gets no description from it; fix the markup (a '<' or '&' in text is fine, an unclosed tag is not)",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "ToolGen reads /// comments as the compiler does; markup it cannot read yields no description.",
        helpLinkUri: HelpBase + MalformedDocCommentId + ".md");
}
