using System.Collections.Generic;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits, per enum, a reader from member names and writers to member names: no <c>Enum.Parse</c>, no
/// <c>Enum.ToString</c>, no reflection. [Flags] enums travel as arrays of these names.
/// </summary>
internal static class EnumHelperEmitter
{
    public static string ReaderName(int index) => "__ToolGen_TryReadEnum" + index;

    public static string NameOf(int index) => "__ToolGen_EnumName" + index;

    public static string WriterName(int index) => "__ToolGen_WriteEnum" + index;

    public static string FlagsWriterName(int index) => "__ToolGen_WriteFlags" + index;

    public static void Emit(SourceWriter w, EnumModel model, int index, bool isFlags)
    {
        var members = model.Members;
        for (var m = 0; m < members.Count; m++)
        {
            w.Line($"private static global::System.ReadOnlySpan<byte> __ToolGen_E{index}_{m} => {CSharpLiteral.Utf8Bytes(members[m].JsonName)};");
        }

        w.Line();
        w.Line(Names.GeneratedCode);
        w.Open($"private static bool {ReaderName(index)}(ref {Names.Reader} reader, out {model.TypeName} value)");
        w.Line("// Dictionary keys arrive as property names, values as strings.");
        w.Open($"if (reader.TokenType == {Names.TokenType}.String || reader.TokenType == {Names.TokenType}.PropertyName)");
        for (var m = 0; m < members.Count; m++)
        {
            w.Open($"if (reader.ValueTextEquals(__ToolGen_E{index}_{m}))");
            w.Line($"value = {model.TypeName}.{members[m].CSharpName};");
            w.Line("return true;");
            w.Close();
        }

        w.Line();
        w.Line("// Models often change the case of a name; accept that, as System.Text.Json does.");
        w.Line("var text = reader.GetString();");
        for (var m = 0; m < members.Count; m++)
        {
            w.Open($"if (string.Equals(text, {CSharpLiteral.String(members[m].JsonName)}, global::System.StringComparison.OrdinalIgnoreCase))");
            w.Line($"value = {model.TypeName}.{members[m].CSharpName};");
            w.Line("return true;");
            w.Close();
        }

        w.Close();
        w.Line();
        w.Line("value = default;");
        w.Line("return false;");
        w.Close();
        w.Line();

        w.Line("/// <summary>The JSON name of a value, or null for a value no member has.</summary>");
        w.Line(Names.GeneratedCode);
        w.Line($"private static string? {NameOf(index)}({model.TypeName} value) => value switch");
        w.Open();
        var seen = new HashSet<string>();
        foreach (var member in members)
        {
            // Aliases share a value; a second arm for it would not compile. The first name wins.
            if (seen.Add(member.Value))
            {
                w.Line($"{model.TypeName}.{member.CSharpName} => {CSharpLiteral.String(member.JsonName)},");
            }
        }

        w.Line("_ => null,");
        w.Close(";");
        w.Line();

        w.Line(Names.GeneratedCode);
        w.Open($"private static void {WriterName(index)}({Names.Writer} writer, {model.TypeName} value)");
        w.Line($"var name = {NameOf(index)}(value);");
        w.Open("if (name is null)");
        w.Line($"writer.WriteNumberValue(({(model.UnderlyingTypeName == "ulong" ? "ulong" : "long")})value);");
        w.Close();
        w.Open("else");
        w.Line("writer.WriteStringValue(name);");
        w.Close();
        w.Close();
        if (!isFlags)
        {
            return;
        }

        w.Line();
        w.Line(Names.GeneratedCode);
        w.Open($"private static void {FlagsWriterName(index)}({Names.Writer} writer, {model.TypeName} value)");
        w.Line("writer.WriteStartArray();");
        foreach (var member in members)
        {
            if (member.IsSingleFlag)
            {
                w.Open($"if ((value & {model.TypeName}.{member.CSharpName}) == {model.TypeName}.{member.CSharpName})");
                w.Line($"writer.WriteStringValue({CSharpLiteral.String(member.JsonName)});");
                w.Close();
            }
        }

        w.Line("writer.WriteEndArray();");
        w.Close();
    }
}
