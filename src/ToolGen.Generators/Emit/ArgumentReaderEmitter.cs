using System.Collections.Generic;
using System.Linq;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits one tool's argument reader: a single <c>Utf8JsonReader</c> pass straight into out parameters, with
/// no <c>JsonDocument</c>, no serializer, no dictionary. Every problem is collected with its JSON path, so the
/// model learns about all of them at once.
/// </summary>
internal static class ArgumentReaderEmitter
{
    /// <summary>The arguments of a tool: each parameter the model sends, with its out parameter.</summary>
    public static List<FieldsReaderEmitter.Slot> Slots(ToolModel tool, ToolNames names) =>
        tool.Parameters
            .Select((p, i) => (Parameter: p, Index: i))
            .Where(x => x.Parameter.Role == ParameterRole.Argument)
            .Select(x => new FieldsReaderEmitter.Slot(x.Parameter.Field!, "__a" + x.Index, "__seen" + x.Index, names.ArgumentNames[x.Index]!))
            .ToList();

    public static void Emit(SourceWriter w, EmitContext context, ToolModel tool, ToolNames names)
    {
        context.ResetLocals();
        var slots = Slots(tool, names);
        FieldsReaderEmitter.EmitNames(w, slots);
        if (slots.Count > 0)
        {
            w.Line();
        }

        var outs = string.Concat(slots.Select(s => $", out {s.Field.Type.TypeName} {s.Target}"));
        var toolName = CSharpLiteral.String(tool.Name);
        // Kept out of the invoker and dispatcher: inlined into them, the reader made one method too large for the JIT to
        // inline Utf8JsonReader.Read and the name comparisons into it, which cost more than the call it saved.
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
        w.Open($"private static bool {names.ReadArguments}(global::System.ReadOnlySpan<byte> json, bool __strict, bool __lenient{outs}, out {Names.ToolError}? __error)");
        FieldsReaderEmitter.EmitLocals(w, slots, declare: false);
        w.Line($$"""
            {{Names.ArgumentErrors}}? __errors = null;
            if ({{Names.JsonArgs}}.IsTooLarge(json))
            {
                __error = {{Names.ArgumentErrors}}.TooLarge({{toolName}}, json.Length);
                return false;
            }

            if (__lenient)
            {
                // A code fence, arguments encoded as a string, stray text after the object: trimmed before reading.
                json = {{Names.JsonArgs}}.Unwrap(json);
            }

            if ({{Names.JsonArgs}}.IsBlank(json))
            {
                json = {{Names.JsonArgs}}.EmptyObject;
            }

            var __reader = new {{Names.Reader}}(json, {{Names.JsonArgs}}.ReaderOptions);
            """);
        w.Open("try");
        w.Line($$"""
            if (!__reader.Read() || __reader.TokenType != {{Names.TokenType}}.StartObject)
            {
                __error = {{Names.ArgumentErrors}}.NotAnObject({{toolName}}, ref __reader, {{CSharpLiteral.String(Shape(slots))}});
                return false;
            }
            """);
        FieldsReaderEmitter.EmitLoop(w, context, slots);
        w.Line($"{Names.JsonArgs}.ReadEnd(ref __reader);");
        w.Close();
        w.Line($$"""
            catch ({{Names.Exception}} __ex) when ({{Names.ArgumentErrors}}.IsMalformedInput(__ex))
            {
                __error = {{Names.ArgumentErrors}}.Malformed({{toolName}}, __ex, json, __reader.TokenStartIndex);
                return false;
            }
            """);
        FieldsReaderEmitter.EmitMissing(w, slots);
        w.Line($$"""
            if ({{Names.ArgumentErrors}}.CountOf(__errors) > 0)
            {
                __error = __errors!.ToError({{toolName}}, json);
                return false;
            }

            __error = null;
            return true;
            """);
        w.Close();
    }

    /// <summary>The properties a tool takes, for the message sent when the arguments are not an object.</summary>
    private static string Shape(IEnumerable<FieldsReaderEmitter.Slot> slots)
    {
        var names = slots.Select(s => s.Field.IsRequired ? "\"" + s.Field.JsonName + "\" (required)" : "\"" + s.Field.JsonName + "\"").ToList();
        return names.Count == 0 ? "with no properties, {}" : "with the properties " + string.Join(", ", names);
    }
}
