namespace ToolGen.Generators.Emit;

/// <summary>Fully qualified names the emitted code uses.</summary>
internal static class Names
{
    public const string ToolResult = "global::ToolGen.ToolResult";
    public const string ToolCall = "global::ToolGen.ToolCall";
    public const string ToolError = "global::ToolGen.ToolError";
    public const string ToolErrorKind = "global::ToolGen.ToolErrorKind";
    public const string ToolDefinition = "global::ToolGen.ToolDefinition";
    public const string IToolSet = "global::ToolGen.IToolSet";
    public const string PreEncodedTools = "global::ToolGen.IPreEncodedTools";
    public const string IUtf8ToolSet = "global::ToolGen.IUtf8ToolSet";
    public const string ToolOutput = "global::ToolGen.ToolOutput";
    public const string ValueTaskOfOutput = "global::System.Threading.Tasks.ValueTask<global::ToolGen.ToolOutput>";
    public const string Utf8Arguments = "global::System.ReadOnlyMemory<byte>";
    public const string ArgumentErrors = "global::ToolGen.Generated.ArgumentErrors";
    public const string ArgumentChecks = "global::ToolGen.Generated.ArgumentChecks";
    public const string JsonArgs = "global::ToolGen.Generated.JsonArgs";
    public const string ResultText = "global::ToolGen.Generated.ResultText";
    public const string ItemBuffer = "global::ToolGen.Generated.ItemBuffer";
    public const string ToolDispatch = "global::ToolGen.Generated.ToolDispatch";
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string TokenType = "global::System.Text.Json.JsonTokenType";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string ValueTaskOfResult = "global::System.Threading.Tasks.ValueTask<global::ToolGen.ToolResult>";
    public const string DefinitionList = "global::System.Collections.Generic.IReadOnlyList<global::ToolGen.ToolDefinition>";
    public const string Exception = "global::System.Exception";
    public const string Invariant = "global::System.Globalization.CultureInfo.InvariantCulture";

    /// <summary>
    /// The <c>[GeneratedCode]</c> attribute, naming this generator's version (major.minor.build of the package version,
    /// written as a constant by the build, so it cannot fall behind a release).
    /// </summary>
    public const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"ToolGen\", \"" + BuildConstants.Version + "\")]";
}
