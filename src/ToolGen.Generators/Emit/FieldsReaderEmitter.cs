using System.Collections.Generic;
using System.Linq;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits the property loop of a JSON object into locals, shared by tool argument readers and object
/// readers: match each name against the fields, read the value, report duplicates, unknown properties
/// (in strict mode) and missing required fields.
/// </summary>
internal static class FieldsReaderEmitter
{
    /// <summary>A field and the locals it is read into.</summary>
    /// <param name="Field">The field.</param>
    /// <param name="Target">The local (or out parameter) that receives the value.</param>
    /// <param name="Seen">The flag that the property was present, for duplicates and required checks.</param>
    /// <param name="NameProperty">The property holding the UTF-8 name.</param>
    /// <param name="Given">
    /// For object members only: the flag that a value (not a "use the default" null) was sent, which decides
    /// whether the property is set; null for tool parameters, whose locals already hold their defaults.
    /// </param>
    public sealed record Slot(FieldModel Field, string Target, string Seen, string NameProperty, string? Given = null);

    /// <summary>Emits the byte-span properties holding each field's UTF-8 name.</summary>
    public static void EmitNames(SourceWriter w, IReadOnlyList<Slot> slots)
    {
        foreach (var slot in slots)
        {
            w.Line(CSharpLiteral.Utf8Property(slot.NameProperty, slot.Field.JsonName));
        }
    }

    /// <summary>Declares the locals (or assigns the out parameters) with their defaults.</summary>
    public static void EmitLocals(SourceWriter w, IReadOnlyList<Slot> slots, bool declare)
    {
        foreach (var slot in slots)
        {
            var initial = slot.Field.Default?.CSharpExpression ?? "default!";
            w.Line(declare ? $"{slot.Field.Type.TypeName} {slot.Target} = {initial};" : $"{slot.Target} = {initial};");
        }

        foreach (var slot in slots)
        {
            w.Line($"var {slot.Seen} = false;");
            if (slot.Given is not null)
            {
                w.Line($"var {slot.Given} = false;");
            }
        }
    }

    /// <summary>Emits the loop; the reader must be on the object's <c>StartObject</c>.</summary>
    public static void EmitLoop(SourceWriter w, EmitContext context, IReadOnlyList<Slot> slots)
    {
        w.Open($"while ({Names.JsonArgs}.NextProperty(ref __reader))");
        var keyword = "if";
        foreach (var slot in slots)
        {
            var field = slot.Field;
            var name = CSharpLiteral.String(field.JsonName);
            w.Open($"{keyword} (__reader.ValueTextEquals({slot.NameProperty}))");
            w.Open($"if ({slot.Seen})");
            w.Line($"{Names.ArgumentErrors}.Duplicate(ref __errors, {name});");
            w.Close();
            w.Line();
            w.Line($"{slot.Seen} = true;");
            w.Line("__reader.Read();");
            if (slot.Given is not null)
            {
                w.Line(field.Type.IsNullable || TypeFacts.NullIsValue(field.Type)
                    ? $"{slot.Given} = true;"
                    : $"{slot.Given} = __reader.TokenType != {Names.TokenType}.Null;");
            }

            var keepDefault = !field.IsRequired && !field.Type.IsNullable;
            ValueReaderEmitter.Emit(w, context, field.Type, slot.Target, name, keepDefault, field.Validation);
            w.Close();
            keyword = "else if";
        }

        var known = slots.Count == 0 ? "no properties" : "the properties " + string.Join(", ", slots.Select(s => "\"" + s.Field.JsonName + "\""));
        if (slots.Count > 0)
        {
            w.Open("else if (__strict)");
        }
        else
        {
            w.Open("if (__strict)");
        }

        w.Line($"{Names.ArgumentErrors}.Unknown(ref __errors, ref __reader, {CSharpLiteral.String(known)});");
        w.Close();
        w.Open("else");
        w.Line("// Unknown properties are ignored, as providers' non-strict mode allows (a known name in another case is kept as a hint).");
        w.Line($"{Names.ArgumentErrors}.Ignore(ref __errors, ref __reader, {CSharpLiteral.String(known)});");
        w.Close();
        w.Close();
        w.Line();
    }

    /// <summary>
    /// Reports every required field that was not sent, and in strict mode every field at all: the strict schema lists
    /// each property in <c>required</c> (an optional one as nullable), so a strict call that leaves one out does not
    /// match it.
    /// </summary>
    public static void EmitMissing(SourceWriter w, IReadOnlyList<Slot> slots)
    {
        foreach (var slot in slots)
        {
            if (slot.Field.IsRequired)
            {
                w.Open($"if (!{slot.Seen})");
                w.Line($"{Names.ArgumentErrors}.Missing(ref __errors, {CSharpLiteral.String(slot.Field.JsonName)}, {CSharpLiteral.String(TypeFacts.Expected(slot.Field.Type))});");
            }
            else
            {
                var expected = TypeFacts.Expected(slot.Field.Type with { IsNullable = true });
                w.Open($"if (!{slot.Seen} && __strict)");
                w.Line($"{Names.ArgumentErrors}.Add(ref __errors, {CSharpLiteral.String(slot.Field.JsonName)}, {CSharpLiteral.String("required in strict mode, but missing; expected " + expected + " (null for no value).")});");
            }

            w.Close();
            w.Line();
        }
    }
}
