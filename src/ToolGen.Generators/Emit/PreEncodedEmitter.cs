using System.Text;
using ToolGen.Generators.Budget;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits a tool set's pre-encoded request parts (<c>IPreEncodedTools</c>): the Chat Completions <c>tools</c> array,
/// strict and plain, as UTF-8 bytes in the assembly's data (a <c>ReadOnlySpan&lt;byte&gt;</c> over a constant array
/// allocates nothing), so a request copies them as they are.
/// </summary>
internal static class PreEncodedEmitter
{
    public const string Method = "ChatCompletionsTools";

    /// <summary>The explicit interface implementation on the tool type (or the static set's class).</summary>
    public static string Implementation(string target) =>
        $"global::System.ReadOnlySpan<byte> {Names.PreEncodedTools}.GetChatCompletionsTools(bool strict) => {target}.{Method}(strict);";

    /// <summary>The helper's members: the two arrays and the method choosing one.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="model">The tool set.</param>
    /// <param name="schemas">Each tool's plain and strict schemas, as the definitions hold them (computed once).</param>
    public static void EmitHelperMembers(SourceWriter w, ToolSetModel model, System.Collections.Generic.IReadOnlyList<(string Plain, string? Strict)> schemas)
    {
        if (model.Header.BaseToolSet is not null)
        {
            // The base's tools belong in the array too, and are not known here: the runtime writes the definitions.
            w.Line($"internal static global::System.ReadOnlySpan<byte> {Method}(bool strict) => default;");
            return;
        }

        w.Line($"internal static global::System.ReadOnlySpan<byte> {Method}(bool strict) => strict ? {Method}Strict : {Method}Plain;");
        w.Line();
        w.Line($"private static global::System.ReadOnlySpan<byte> {Method}Strict => {CSharpLiteral.Utf8Bytes(ToolsArray(model, schemas, strict: true))};");
        w.Line();
        w.Line($"private static global::System.ReadOnlySpan<byte> {Method}Plain => {CSharpLiteral.Utf8Bytes(ToolsArray(model, schemas, strict: false))};");
    }

    /// <summary>The <c>tools</c> array as the Chat Completions codec writes it for these definitions.</summary>
    private static string ToolsArray(ToolSetModel model, System.Collections.Generic.IReadOnlyList<(string Plain, string? Strict)> schemas, bool strict)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < model.Tools.Count; i++)
        {
            var tool = model.Tools[i];
            var strictSchema = strict ? schemas[i].Strict : null;
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(RequestSize.ChatCompletionsTool(tool.Name, tool.Description, strictSchema ?? schemas[i].Plain, strictSchema is not null));
        }

        return builder.Append(']').ToString();
    }
}
