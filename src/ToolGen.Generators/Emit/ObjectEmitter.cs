using System.Collections.Generic;
using System.Linq;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits, once per object type of a tool set, a reader (JSON object → constructor call, initializer and
/// setters) and a writer (properties → JSON object). Every tool that uses the type shares them, and
/// recursive types simply call themselves.
/// </summary>
internal static class ObjectEmitter
{
    /// <summary>The byte-span properties holding each member's UTF-8 name, readers and writer alike.</summary>
    public static void EmitNames(SourceWriter w, ObjectModel model, TypeNames names)
    {
        for (var j = 0; j < model.Members.Count; j++)
        {
            w.Line(CSharpLiteral.Utf8Property(names.MemberNames[j], model.Members[j].Field.JsonName));
        }
    }

    public static void EmitReader(SourceWriter w, EmitContext context, ObjectModel model)
    {
        context.ResetLocals();
        var names = context.ObjectNames(model.Key);
        var inputs = model.Members
            .Select((m, j) => (Member: m, Index: j))
            .Where(x => x.Member.Role != MemberRole.ReadOnly)
            .ToList();
        var slots = inputs.Select(x => new FieldsReaderEmitter.Slot(x.Member.Field, "__f" + x.Index, "__seen" + x.Index, names.MemberNames[x.Index], UsesGiven(x.Member) ? "__given" + x.Index : null)).ToList();

        w.Open($"private static bool {names.Read}(ref {Names.Reader} __reader, ref {Names.ArgumentErrors}? __errors, bool __strict, bool __lenient, out {model.Key} __value)");
        w.Line($"var __mark = {Names.ArgumentErrors}.CountOf(__errors);");
        FieldsReaderEmitter.EmitLocals(w, slots, declare: true);
        FieldsReaderEmitter.EmitLoop(w, context, slots);
        FieldsReaderEmitter.EmitMissing(w, slots);
        w.Open($"if ({Names.ArgumentErrors}.CountOf(__errors) > __mark)");
        w.Line("__value = default!;");
        w.Line("return false;");
        w.Close();
        w.Line();

        var needsDefaults = inputs.Any(x => NeedsDefaultsInstance(x.Member));
        if (needsDefaults && !model.IsValueType)
        {
            w.Line("// Init-only properties left out keep the initial values a new instance has.");
            w.Line($"{model.Key}? __defaults = null;");
        }

        var arguments = new string[model.ConstructorParameterCount];
        foreach (var (member, j) in inputs.Where(x => x.Member.Role == MemberRole.ConstructorParameter))
        {
            arguments[member.ConstructorIndex] = "__f" + j;
        }

        var initializers = inputs.Where(x => x.Member.Role == MemberRole.InitOnly).ToList();
        var construction = $"new {model.Key}({string.Join(", ", arguments)})";
        // A fresh instance for defaults must set the required members too, or it does not compile (CS9035).
        var requiredInits = string.Join(", ", initializers.Where(x => x.Member.Field.IsRequired).Select(x => $"{x.Member.CSharpName} = __f{x.Index}"));
        var defaultsInstance = requiredInits.Length == 0 ? construction : construction + " { " + requiredInits + " }";
        var typeName = model.Name.Replace("@", string.Empty);
        // A constructor or setter may validate and throw: that is the model's value refused, not a crash.
        w.Open("try");
        w.Line("__value = " + construction + (initializers.Count == 0 ? ";" : string.Empty));
        if (initializers.Count > 0)
        {
            w.Open();
            foreach (var (member, j) in initializers)
            {
                var fallback = model.IsValueType ? $"({defaultsInstance}).{member.CSharpName}" : $"(__defaults ??= {defaultsInstance}).{member.CSharpName}";
                w.Line(NeedsDefaultsInstance(member)
                    ? $"{member.CSharpName} = __given{j} ? __f{j} : {fallback},"
                    : $"{member.CSharpName} = __f{j},");
            }

            w.Close(";");
        }

        w.Close();
        w.Open($"catch ({Names.Exception} __ex)");
        w.Line($"{Names.ArgumentErrors}.Rejected(ref __errors, \"\", __ex, {CSharpLiteral.String(typeName + "'s constructor")});");
        w.Line("__value = default!;");
        w.Line("return false;");
        w.Close();

        var settable = inputs.Where(x => x.Member.Role == MemberRole.Settable).ToList();
        foreach (var (member, j) in settable)
        {
            w.Line();
            w.Open($"if (__given{j})");
            w.Open("try");
            w.Line($"__value.{member.CSharpName} = __f{j};");
            w.Close();
            w.Open($"catch ({Names.Exception} __ex)");
            w.Line($"{Names.ArgumentErrors}.Rejected(ref __errors, {CSharpLiteral.String(member.Field.JsonName)}, __ex, {CSharpLiteral.String(typeName + "." + member.CSharpName.Replace("@", string.Empty) + "'s setter")});");
            w.Close();
            w.Close();
        }

        if (settable.Count > 0)
        {
            w.Line();
            w.Open($"if ({Names.ArgumentErrors}.CountOf(__errors) > __mark)");
            w.Line("__value = default!;");
            w.Line("return false;");
            w.Close();
        }

        w.Line();
        w.Line("return true;");
        w.Close();
    }

    /// <summary>
    /// Each name encoded once, as the result writer's encoder escapes it, so that writing it is a copy (a UTF-8 name
    /// would be checked for characters to escape on every write).
    /// </summary>
    public static void EmitEncodedNames(SourceWriter w, TypeNames names)
    {
        for (var j = 0; j < names.MemberNames.Count; j++)
        {
            w.Line($"private static readonly global::System.Text.Json.JsonEncodedText {names.EncodedNames[j]} = {Names.ResultText}.Encode({names.MemberNames[j]});");
        }
    }

    /// <summary>
    /// The name and a plain value in one writer call (<c>WriteString(name, …)</c>, <c>WriteStartArray(name)</c>, …), which
    /// writes the same text as <c>WritePropertyName</c> followed by the value but with one separator check, not two.
    /// </summary>
    private static bool TryEmitNamed(SourceWriter w, EmitContext context, TypeModel type, string name, string value)
    {
        if (type.IsNullable && type.IsValueType)
        {
            return false;
        }

        switch (type.Kind)
        {
            case TypeKind.String:
                // WriteString writes null for a null string, as WriteStringValue does.
                w.Line($"__json.WriteString({name}, {value});");
                return true;
            case TypeKind.Boolean:
                w.Line($"__json.WriteBoolean({name}, {value});");
                return true;
            case TypeKind.SByte or TypeKind.Byte or TypeKind.Int16 or TypeKind.UInt16 or TypeKind.Int32 or TypeKind.UInt32
                or TypeKind.Int64 or TypeKind.UInt64 or TypeKind.Decimal:
                w.Line($"__json.WriteNumber({name}, {value});");
                return true;
            case TypeKind.Collection when !type.IsValueType:
                var n = context.NextLocal();
                w.Open($"if ({value} is null)");
                w.Line($"__json.WriteNull({name});");
                w.Close();
                w.Open("else");
                w.Line($"__json.WriteStartArray({name});");
                w.Open($"foreach (var __item{n} in {value})");
                ValueWriterEmitter.Emit(w, context, type.Element!, "__item" + n);
                w.Close();
                w.Line("__json.WriteEndArray();");
                w.Close();
                return true;
            default:
                return false;
        }
    }

    public static void EmitWriter(SourceWriter w, EmitContext context, ObjectModel model)
    {
        var names = context.ObjectNames(model.Key);
        EmitEncodedNames(w, names);
        w.Line();
        w.Open($"private static void {names.Write}({Names.Writer} __json, {model.Key} value)");
        w.Line("__json.WriteStartObject();");
        for (var j = 0; j < model.Members.Count; j++)
        {
            var member = model.Members[j];
            if (!TryEmitNamed(w, context, member.Field.Type, names.EncodedNames[j], "value." + member.CSharpName))
            {
                w.Line($"__json.WritePropertyName({names.EncodedNames[j]});");
                ValueWriterEmitter.Emit(w, context, member.Field.Type, "value." + member.CSharpName);
            }
        }

        w.Line("__json.WriteEndObject();");
        w.Close();
    }

    public static void EmitPatterns(SourceWriter w, IReadOnlyList<string> patterns)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            w.Line("// Built once, with a match timeout, so a hostile value cannot stall the dispatcher.");
            w.Line($"private static readonly global::System.Text.RegularExpressions.Regex {GeneratedNames.Pattern(i)} = {Names.ArgumentChecks}.CreateRegex({CSharpLiteral.String(patterns[i])});");
        }
    }

    /// <summary>Whether setting the member depends on a value having been sent (not left out, not a defaulting null).</summary>
    private static bool UsesGiven(MemberModel member) => member.Role == MemberRole.Settable || NeedsDefaultsInstance(member);

    /// <summary>
    /// An optional init-only property without a constant default: when the model leaves it out, only a
    /// fresh instance knows its initial value.
    /// </summary>
    private static bool NeedsDefaultsInstance(MemberModel member) =>
        member.Role == MemberRole.InitOnly && !member.Field.IsRequired && member.Field.Default is null;
}
