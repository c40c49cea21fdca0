using System.Collections.Generic;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits a tool set's pre-encoded request parts (<c>IPreEncodedTools</c>): each tool's name and description as JSON
/// strings and its plain and strict schemas, as UTF-8 bytes in the assembly's data (a <c>ReadOnlySpan&lt;byte&gt;</c>
/// over a constant array allocates nothing). Every codec writes its own envelope around the same parts, so each schema
/// is stored once for all providers; a strict schema equal to the plain one is not stored twice.
/// </summary>
internal static class PreEncodedEmitter
{
    private const string Count = "PreEncodedToolCount";
    private const string Part = "PreEncodedPart";
    private static readonly string[] PartNames = { "Name", "Description", "Schema", "StrictSchema" };

    /// <summary>The explicit interface implementation on the tool type (or the static set's class).</summary>
    /// <param name="target">The helper class the members forward to.</param>
    /// <param name="attribute">A line to put before the second member (the first gets the template's), or empty.</param>
    /// <param name="indent">The indentation of the lines after the first within the template (the writer keeps it).</param>
    public static string Implementation(string target, string attribute, string indent) =>
        $"int {Names.PreEncodedTools}.{Count} => {target}.{Count};\n\n" +
        (attribute.Length == 0 ? string.Empty : indent + attribute + "\n") + indent +
        $"global::System.ReadOnlySpan<byte> {Names.PreEncodedTools}.GetPreEncodedPart(int index, global::ToolGen.PreEncodedToolPart part) => {target}.{Part}(index, (int)part);";

    /// <summary>The helper's members: the count, the method choosing a part, and one byte property per distinct part.</summary>
    /// <param name="w">The writer.</param>
    /// <param name="model">The tool set.</param>
    /// <param name="schemas">Each tool's plain and strict schemas, as the definitions hold them (computed once).</param>
    public static void EmitHelperMembers(SourceWriter w, ToolSetModel model, IReadOnlyList<(string Plain, string? Strict)> schemas)
    {
        if (model.Header.BaseToolSet is not null)
        {
            // The base's tools belong in the request too, and are not known here: the codecs write the definitions.
            w.Line($"internal static int {Count} => 0;");
            w.Line();
            w.Line($"internal static global::System.ReadOnlySpan<byte> {Part}(int index, int part) => default;");
            return;
        }

        var tools = model.Tools;
        var properties = new List<(string Name, string Text)>();
        var byText = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var arms = new List<string>();
        for (var i = 0; i < tools.Count; i++)
        {
            var texts = new[]
            {
                JsonLiteral.String(tools[i].Name),
                tools[i].Description.Length == 0 ? null : JsonLiteral.String(tools[i].Description),
                schemas[i].Plain,
                schemas[i].Strict,
            };
            for (var part = 0; part < texts.Length; part++)
            {
                if (texts[part] is not { } text)
                {
                    continue;
                }

                if (!byText.TryGetValue(text, out var property))
                {
                    // The index keeps names apart that a tool name alone would not (tools "find-it" and "find_it").
                    property = "Encoded" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + GeneratedNames.Tool(tools[i].Name) + "_" + PartNames[part];
                    byText.Add(text, property);
                    properties.Add((property, text));
                }

                arms.Add($"{(i * PartNames.Length) + part} => {property},");
            }
        }

        w.Line($"internal static int {Count} => {tools.Count};");
        w.Line();
        w.Line($"/// <summary>Part <c>part</c> (a <c>PreEncodedToolPart</c>) of tool <c>index</c>; empty when the tool has none.</summary>");
        w.Line($"internal static global::System.ReadOnlySpan<byte> {Part}(int index, int part) =>");
        w.Line($"    (uint)index >= {tools.Count}u || (uint)part >= {PartNames.Length}u ? default : (index * {PartNames.Length} + part) switch");
        w.Line("    {");
        foreach (var arm in arms)
        {
            w.Line("        " + arm);
        }

        w.Line("        _ => default,");
        w.Line("    };");
        foreach (var (name, text) in properties)
        {
            w.Line();
            w.Line($"private static global::System.ReadOnlySpan<byte> {name} => {CSharpLiteral.Utf8Bytes(text)};");
        }
    }
}
