using System.Collections.Generic;
using System.Linq;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits, per enum, a reader from member names and writers to member names: no <c>Enum.Parse</c>, no
/// <c>Enum.ToString</c>, no reflection. [Flags] enums travel as arrays of these names. Members are written as
/// their constants cast to the enum, never by name, so an obsolete or experimental member raises nothing here.
/// </summary>
internal static class EnumHelperEmitter
{
    public static void Emit(SourceWriter w, EnumModel model, TypeNames names, bool isFlags)
    {
        var members = model.Members;
        for (var m = 0; m < members.Count; m++)
        {
            w.Line(CSharpLiteral.Utf8Property(names.MemberNames[m], members[m].JsonName));
        }

        w.Line();
        w.Open($"private static bool {names.Read}(ref {Names.Reader} reader, bool lenient, out {model.TypeName} value)");
        w.Line("// Dictionary keys arrive as property names, values as strings.");
        w.Open($"if (reader.TokenType == {Names.TokenType}.String || reader.TokenType == {Names.TokenType}.PropertyName)");
        for (var m = 0; m < members.Count; m++)
        {
            w.Line($$"""
                if (reader.ValueTextEquals({{names.MemberNames[m]}}))
                {
                    value = {{Value(model, members[m])}};
                    return true;
                }
                """);
        }

        w.Line("// Models often change the case of a name; accept that, as System.Text.Json does.");
        w.Line("var text = reader.GetString();");
        for (var m = 0; m < members.Count; m++)
        {
            w.Line($$"""
                if (string.Equals(text, {{CSharpLiteral.String(members[m].JsonName)}}, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    value = {{Value(model, members[m])}};
                    return true;
                }
                """);
        }

        EmitLenient(w, model);
        w.Close();
        w.Line($$"""
            value = default;
            return false;
            """);
        w.Close();
        w.Line();

        w.Line("/// <summary>The JSON name of a value, or null for a value no member has.</summary>");
        w.Line($"private static string? {names.JsonNameOf}({model.TypeName} value) => value switch");
        w.Open();
        var seen = new HashSet<string>();
        foreach (var member in members)
        {
            // Aliases share a value; a second arm for it would not compile. The first name wins.
            if (seen.Add(member.Value))
            {
                w.Line($"{Value(model, member)} => {CSharpLiteral.String(member.JsonName)},");
            }
        }

        w.Line("_ => null,");
        w.Close(";");
        w.Line();

        var number = model.UnderlyingTypeName == "ulong" ? "ulong" : "long";
        var shortName = CSharpLiteral.String(ShortName(model.TypeName));
        var firsts = new HashSet<string>();
        for (var m = 0; m < members.Count; m++)
        {
            // Only the first name of a value is ever written.
            if (firsts.Add(members[m].Value))
            {
                w.Line($"private static readonly global::System.Text.Json.JsonEncodedText {names.EncodedNames[m]} = {Names.ResultText}.Encode({names.MemberNames[m]});");
            }
        }

        w.Line();
        w.Line("/// <summary>Writes a value as its name; a value without one fails the result, whose schema lists only names.</summary>");
        w.Open($"private static void {names.Write}({Names.Writer} writer, {model.TypeName} value)");
        w.Open("switch (value)");
        var written = new HashSet<string>();
        for (var m = 0; m < members.Count; m++)
        {
            // The first name of a value wins, as in the name lookup above.
            if (written.Add(members[m].Value))
            {
                w.Line($"case {Value(model, members[m])}:");
                w.Line($"    writer.WriteStringValue({names.EncodedNames[m]});");
                w.Line("    return;");
            }
        }

        w.Close();
        w.Line();
        w.Line($"throw {Names.ResultText}.UnnamedEnumValue({shortName}, (({number})value).ToString({Names.Invariant}));");
        w.Close();
        if (!isFlags)
        {
            return;
        }

        w.Line();
        w.Line("/// <summary>Writes the single-bit members a value holds; bits no such member covers fail the result.</summary>");
        w.Open($"private static void {names.WriteFlags}({Names.Writer} writer, {model.TypeName} value)");
        w.Line("var rest = value;");
        w.Line("writer.WriteStartArray();");
        foreach (var member in members)
        {
            if (member.IsSingleFlag)
            {
                w.Line($$"""
                    if ((value & {{Value(model, member)}}) == {{Value(model, member)}})
                    {
                        writer.WriteStringValue({{CSharpLiteral.String(member.JsonName)}});
                        rest &= ~{{Value(model, member)}};
                    }
                    """);
            }
        }

        w.Line($$"""
            if (rest != 0)
            {
                throw {{Names.ResultText}}.UnnamedEnumValue({{shortName}}, (({{number}})rest).ToString({{Names.Invariant}}));
            }
            """);
        w.Line("writer.WriteEndArray();");
        w.Close();
    }

    /// <summary>
    /// Lenient mode: a name in another separator style (<c>very_high</c>, <c>very-high</c>, <c>VERY HIGH</c> for
    /// <c>VeryHigh</c>), matched by <see cref="NameKey"/>, the generator's copy of <c>JsonArgs.NameKey</c>. A key two
    /// members with different values share is left out: it is not unambiguous.
    /// </summary>
    private static void EmitLenient(SourceWriter w, EnumModel model)
    {
        var byKey = new Dictionary<string, EnumMemberModel?>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var member in model.Members)
        {
            var key = NameKey(member.JsonName);
            if (key.Length == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue(key, out var known))
            {
                byKey[key] = member;
                order.Add(key);
            }
            else if (known is not null && known.Value != member.Value)
            {
                byKey[key] = null;
            }
        }

        var keys = order.Where(k => byKey[k] is not null).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        w.Line("// Lenient mode: another separator style (very_high, very-high, VERY HIGH for VeryHigh).");
        w.Open("if (lenient)");
        w.Open($"switch ({Names.JsonArgs}.NameKey(text))");
        foreach (var key in keys)
        {
            w.Line($"case {CSharpLiteral.String(key)}:");
            w.Line($"    value = {Value(model, byKey[key]!)};");
            w.Line("    return true;");
        }

        w.Close();
        w.Close();
    }

    /// <summary>A name without <c>_</c>, <c>-</c> and spaces, in lower case (invariant), as <c>JsonArgs.NameKey</c> makes it.</summary>
    internal static string NameKey(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not ('_' or '-' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The enum's name without namespace, for the message of a value without a name.</summary>
    internal static string ShortName(string typeName)
    {
        var name = typeName.StartsWith("global::", System.StringComparison.Ordinal) ? typeName.Substring("global::".Length) : typeName;
        return name.Substring(name.LastIndexOf('.') + 1);
    }

    private static string Value(EnumModel model, EnumMemberModel member) =>
        CSharpLiteral.EnumValue(model.TypeName, model.UnderlyingTypeName, member.Value);
}
