using System.Collections.Generic;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>Emits, per enum, a reader from member names and a writer to member names: no <c>Enum.Parse</c>, no reflection.</summary>
internal static class EnumHelperEmitter
{
    public static string ReaderName(int index) => "__ToolGen_TryReadEnum" + index;

    public static string WriterName(int index) => "__ToolGen_EnumJson" + index;

    public static void Emit(SourceWriter w, EnumModel model, int index)
    {
        var members = model.Members;
        for (var m = 0; m < members.Count; m++)
        {
            w.Line($"private static global::System.ReadOnlySpan<byte> __ToolGen_E{index}_{m} => {CSharpLiteral.Utf8Bytes(members[m].JsonName)};");
        }

        w.Line();
        w.Line(Names.GeneratedCode);
        w.Open($"private static bool {ReaderName(index)}(ref {Names.Reader} reader, out {model.TypeName} value)");
        w.Open($"if (reader.TokenType == {Names.TokenType}.String)");
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

        w.Line(Names.GeneratedCode);
        w.Line($"private static string {WriterName(index)}({model.TypeName} value) => value switch");
        w.Open();
        var seen = new HashSet<string>();
        foreach (var member in members)
        {
            // Aliases share a value; a second arm for it would not compile. The first name wins.
            if (seen.Add(member.Value))
            {
                w.Line($"{model.TypeName}.{member.CSharpName} => {CSharpLiteral.String(JsonLiteral.String(member.JsonName))},");
            }
        }

        w.Line($"_ => (({model.UnderlyingTypeName})value).ToString({Names.Invariant}),");
        w.Close(";");
    }
}
