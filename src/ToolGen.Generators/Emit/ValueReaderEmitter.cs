using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits the reading of one JSON value, the reader on its first token, into a target variable. Each kind is
/// one branch at its token; lenient mode accepts a slip (a number sent as a string) in a branch right after it.
/// Locals in scope: <c>__reader</c>, <c>__errors</c>, <c>__strict</c>, <c>__lenient</c>. Lenient mode's branches
/// (docs/lenient-mode.md) come after the one for the expected token, so a value sent as the schema says never reaches them.
/// </summary>
internal static class ValueReaderEmitter
{
    /// <param name="w">The writer.</param>
    /// <param name="context">The set's helpers and local names.</param>
    /// <param name="type">The value's type.</param>
    /// <param name="target">The variable to assign.</param>
    /// <param name="path">A C# expression for the JSON path, evaluated only when there is an error.</param>
    /// <param name="nullKeepsDefault">
    /// For an optional, non-nullable field: JSON null leaves the default in place ("use the default", as strict
    /// mode sends it); otherwise null is an error.
    /// </param>
    /// <param name="validation">The field's DataAnnotations rules.</param>
    public static void Emit(SourceWriter w, EmitContext context, TypeModel type, string target, string path, bool nullKeepsDefault, ValidationModel? validation)
    {
        var expected = CSharpLiteral.String(TypeFacts.Expected(type));
        var chain = "if";
        if (!TypeFacts.NullIsValue(type))
        {
            w.Open($"if (__reader.TokenType == {Names.TokenType}.Null)");
            if (type.IsNullable)
            {
                w.Line($"{target} = null;");
            }
            else if (nullKeepsDefault)
            {
                w.Line("// Null for an optional value means \"use the default\", as strict mode sends it.");
            }
            else
            {
                w.Line($"{Names.ArgumentErrors}.NotNull(ref __errors, {path}, {expected});");
            }

            w.Close();
            chain = "else if";
        }

        var value = "__v" + context.NextLocal();
        string error;
        switch (type.Kind)
        {
            case TypeKind.Enum:
                var names = context.Enum(type.Enum!);
                w.Open($"{chain} ({names.Read}(ref __reader, __lenient, out var {value}))");
                w.Line($"{target} = {value};");
                ValidationEmitter.Emit(w, context, validation, type, value, path);
                w.Close();
                // Normal mode names the member another spelling stands for (lenient mode has accepted it above).
                error = $"{Names.ArgumentErrors}.ExpectedName(ref __errors, ref __reader, {path}, {expected}, !__lenient && {Names.ArgumentErrors}.WillList(__errors) && {names.Read}(ref __reader, true, out {value}) ? {names.JsonNameOf}({value}) : null);";
                break;
            case TypeKind.FlagsEnum:
                EmitFlags(w, context, type, target, path, chain);
                EmitHeld(w, context, "StartArray", type.TypeName, context.Held(type, null), target, path);
                error = ExpectedHeld(path, expected, "StartArray");
                break;
            case TypeKind.Collection:
                EmitCollection(w, context, type, target, path, chain, validation);
                EmitHeld(w, context, "StartArray", type.TypeName, context.Held(type, validation), target, path);
                error = ExpectedHeld(path, expected, "StartArray");
                break;
            case TypeKind.Dictionary:
                EmitDictionary(w, context, type, target, path, chain, validation);
                EmitHeld(w, context, "StartObject", type.TypeName, context.Held(type, validation), target, path);
                error = ExpectedHeld(path, expected, "StartObject");
                break;
            case TypeKind.Object:
                EmitObject(w, context, type, target, path, chain);
                EmitHeld(w, context, "StartObject", type.ObjectKey!, context.ObjectNames(type.ObjectKey!).Read, target, path);
                error = ExpectedHeld(path, expected, "StartObject");
                break;
            default:
                var helper = $"{Names.JsonArgs}.{TypeFacts.ReadHelper(type.Kind)}";
                if (QuotedKind(type.Kind) is { } kind)
                {
                    // Lenient mode: the value sent as a string that holds it ("42", "true", "{...}"), read by the same helper.
                    // The type argument is the helper's out type, not inferred from the local, whose nullable reference
                    // type (out var) would make the value maybe-null.
                    var typeArgument = type.TypeName.EndsWith("?", System.StringComparison.Ordinal) ? type.TypeName.Substring(0, type.TypeName.Length - 1) : type.TypeName;
                    var quoted = $"{Names.JsonArgs}.TryReadQuoted<{typeArgument}>(ref __reader, {Names.TokenType}.{kind}, {helper}, out {value})";
                    w.Open($"{chain} ({helper}(ref __reader, out var {value}) || (__lenient && {quoted}))");
                    error = $"{Names.ArgumentErrors}.Expected(ref __errors, ref __reader, {path}, {expected}, {Names.ArgumentErrors}.WillList(__errors) && {quoted});";
                }
                else
                {
                    w.Open($"{chain} ({helper}(ref __reader, out var {value}))");
                    error = $"{Names.ArgumentErrors}.Expected(ref __errors, ref __reader, {path}, {expected});";
                }

                w.Line($"{target} = {value};");
                ValidationEmitter.Emit(w, context, validation, type, value, path);
                w.Close();
                break;
        }

        w.Open("else");
        w.Line(error);
        w.Close();
    }

    /// <summary>
    /// The token kind a value of a scalar kind has, for those a model may send as a string that holds it; null for
    /// kinds whose values are strings anyway (or free JSON, which takes a string as it is).
    /// </summary>
    private static string? QuotedKind(TypeKind kind) => kind switch
    {
        TypeKind.Boolean => "True",
        TypeKind.JsonObject => "StartObject",
        TypeKind.JsonArray => "StartArray",
        _ when TypeFacts.IsNumber(kind) => "Number",
        _ => null,
    };

    /// <summary>The error for a value that is not an object or array: with a hint when it is a string holding one.</summary>
    private static string ExpectedHeld(string path, string expected, string kind) =>
        $"{Names.ArgumentErrors}.Expected(ref __errors, ref __reader, {path}, {expected}, {Names.ArgumentErrors}.WillList(__errors) && {Names.JsonArgs}.HoldsJson(ref __reader, {Names.TokenType}.{kind}));";

    /// <summary>
    /// Lenient mode: an object, array or map sent as a string that holds it, read from the string's content by
    /// <paramref name="read"/> (the type's reader) as if it had been sent directly; its problems get this value's path.
    /// </summary>
    private static void EmitHeld(SourceWriter w, EmitContext context, string kind, string typeArgument, string read, string target, string path)
    {
        var n = context.NextLocal();
        w.Open($"else if (__lenient && {Names.JsonArgs}.HoldsJson(ref __reader, {Names.TokenType}.{kind}))");
        w.Line($"var __mark{n} = {Names.ArgumentErrors}.CountOf(__errors);");
        w.Open($"if ({Names.JsonArgs}.TryReadHeld<{typeArgument}>(ref __reader, {Names.TokenType}.{kind}, ref __errors, __strict, {read}, out var __held{n}))");
        w.Line($"{target} = __held{n};");
        w.Close();
        w.Open($"else if ({Names.ArgumentErrors}.MustRebase(__errors, __mark{n}))");
        w.Line("// The value's reader names paths inside it; put this value's path in front.");
        w.Line($"__errors!.Rebase(__mark{n}, {path});");
        w.Close();
        w.Close();
    }

    /// <summary>
    /// A reader of a collection, map or [Flags] value on its own, for lenient mode's values sent inside a string:
    /// <c>(ref reader, ref errors, strict, lenient, out value)</c>, paths relative to the value.
    /// </summary>
    public static void EmitHeldReader(SourceWriter w, EmitContext context, TypeModel type, ValidationModel? validation, string name)
    {
        context.ResetLocals();
        w.Open($"private static bool {name}(ref {Names.Reader} __reader, ref {Names.ArgumentErrors}? __errors, bool __strict, bool __lenient, out {type.TypeName} __value)");
        w.Line($"var __mark = {Names.ArgumentErrors}.CountOf(__errors);");
        w.Line("__value = default!;");
        // The reader is on the start of what the string held (JsonArgs.TryReadHeld checked its kind): no null, no string.
        switch (type.Kind)
        {
            case TypeKind.FlagsEnum:
                EmitFlags(w, context, type, "__value", "\"\"", "if");
                break;
            case TypeKind.Collection:
                EmitCollection(w, context, type, "__value", "\"\"", "if", validation);
                break;
            default:
                EmitDictionary(w, context, type, "__value", "\"\"", "if", validation);
                break;
        }

        w.Open("else");
        w.Line($"{Names.ArgumentErrors}.Expected(ref __errors, ref __reader, \"\", {CSharpLiteral.String(TypeFacts.Expected(type))});");
        w.Close();
        w.Line();
        w.Line($"return {Names.ArgumentErrors}.CountOf(__errors) == __mark;");
        w.Close();
    }

    private static void EmitCollection(SourceWriter w, EmitContext context, TypeModel type, string target, string path, string chain, ValidationModel? validation)
    {
        var n = context.NextLocal();
        var element = type.Element!;
        var isSet = type.Collection == CollectionKind.HashSet;
        w.Open($"{chain} (__reader.TokenType == {Names.TokenType}.StartArray)");
        // Arrays and lists are allocated once, at their exact size, from items gathered on the stack; a set needs its
        // list for IndexOf, and an immutable array copies what it is given anyway.
        var buffered = type.Collection is CollectionKind.Array or CollectionKind.List;
        w.Line(buffered
            ? $"var __list{n} = new {Names.ItemBuffer}<{element.TypeName}>();"
            : $"var __list{n} = new global::System.Collections.Generic.List<{element.TypeName}>();");
        if (isSet)
        {
            w.Line($"var __set{n} = new global::System.Collections.Generic.HashSet<{element.TypeName}>();");
        }

        w.Open($"while (__reader.Read() && __reader.TokenType != {Names.TokenType}.EndArray)");
        w.Line($"{element.TypeName} __e{n} = default!;");
        var elementPath = $"{Names.ArgumentErrors}.Item(__errors, {path}, __list{n}.Count)";
        if (isSet)
        {
            w.Line($"var __before{n} = {Names.ArgumentErrors}.CountOf(__errors);");
        }

        Emit(w, context, element, $"__e{n}", elementPath, nullKeepsDefault: false, validation: null);
        if (isSet)
        {
            // The schema says uniqueItems: a repeated item (by the element type's own equality) is an error.
            w.Open($"if ({Names.ArgumentErrors}.CountOf(__errors) == __before{n} && !__set{n}.Add(__e{n}))");
            w.Line($"{Names.ArgumentErrors}.Add(ref __errors, {elementPath}, string.Concat(\"repeats item \", __list{n}.IndexOf(__e{n}).ToString({Names.Invariant}), \"; the items must be unique.\"));");
            w.Close();
            w.Line();
        }

        w.Line($"__list{n}.Add(__e{n});");
        w.Close();
        w.Line();
        ValidationEmitter.EmitCount(w, validation, $"__list{n}.Count", path, "item");
        w.Line(type.Collection switch
        {
            CollectionKind.Array => $"{target} = __list{n}.ToArray();",
            CollectionKind.HashSet => $"{target} = __set{n};",
            CollectionKind.ImmutableArray => $"{target} = global::System.Collections.Immutable.ImmutableArray.CreateRange(__list{n});",
            _ => $"{target} = __list{n}.ToList();",
        });
        w.Close();
    }

    private static void EmitDictionary(SourceWriter w, EmitContext context, TypeModel type, string target, string path, string chain, ValidationModel? validation)
    {
        var n = context.NextLocal();
        var key = type.Key!;
        var value = type.Element!;
        w.Open($"{chain} (__reader.TokenType == {Names.TokenType}.StartObject)");
        w.Line($"var __map{n} = new global::System.Collections.Generic.Dictionary<{key.TypeName}, {value.TypeName}>();");
        w.Open($"while ({Names.JsonArgs}.NextProperty(ref __reader))");
        w.Line($"var __keyText{n} = __reader.GetString()!;");
        var entryPath = $"{Names.ArgumentErrors}.Key(__errors, {path}, __keyText{n})";
        if (key.Kind == TypeKind.Enum)
        {
            w.Open($"if (!{context.Enum(key.Enum!).Read}(ref __reader, __lenient, out var __key{n}))");
            w.Line($"{Names.ArgumentErrors}.Add(ref __errors, {entryPath}, {CSharpLiteral.String("unknown key; expected " + TypeFacts.Expected(key) + ".")});");
            w.Line($"{Names.JsonArgs}.SkipValue(ref __reader);");
            w.Line("continue;");
            w.Close();
            w.Line();
        }
        else
        {
            w.Line($"var __key{n} = __keyText{n};");
        }

        w.Line("__reader.Read();");
        w.Line($"{value.TypeName} __e{n} = default!;");
        Emit(w, context, value, $"__e{n}", entryPath, nullKeepsDefault: false, validation: null);
        w.Open($"if (__map{n}.ContainsKey(__key{n}))");
        w.Line(key.Kind == TypeKind.Enum
            ? $"{Names.ArgumentErrors}.SameKey(ref __errors, {entryPath}, __keyText{n}, {context.Enum(key.Enum!).JsonNameOf}(__key{n}));"
            : $"{Names.ArgumentErrors}.Duplicate(ref __errors, {entryPath});");
        w.Close();
        w.Line();
        w.Line($"__map{n}[__key{n}] = __e{n};");
        w.Close();
        w.Line();
        ValidationEmitter.EmitCount(w, validation, $"__map{n}.Count", path, "entry");
        w.Line($"{target} = __map{n};");
        w.Close();
    }

    private static void EmitFlags(SourceWriter w, EmitContext context, TypeModel type, string target, string path, string chain)
    {
        var n = context.NextLocal();
        var names = context.Enum(type.Enum!);
        var reader = names.Read;
        context.FlagsEnums.Add(type.Enum!.TypeName);
        var itemExpected = CSharpLiteral.String(TypeFacts.Expected(type with { Kind = TypeKind.Enum, IsNullable = false }));
        w.Open($"{chain} (__reader.TokenType == {Names.TokenType}.StartArray)");
        w.Line($"{type.Enum!.TypeName} __flags{n} = default;");
        w.Line($"var __i{n} = 0;");
        w.Open($"while (__reader.Read() && __reader.TokenType != {Names.TokenType}.EndArray)");
        w.Open($"if ({reader}(ref __reader, __lenient, out var __flag{n}))");
        w.Line($"__flags{n} |= __flag{n};");
        w.Close();
        w.Open("else");
        w.Line($"{Names.ArgumentErrors}.ExpectedName(ref __errors, ref __reader, {Names.ArgumentErrors}.Item(__errors, {path}, __i{n}), {itemExpected}, !__lenient && {Names.ArgumentErrors}.WillList(__errors) && {reader}(ref __reader, true, out __flag{n}) ? {names.JsonNameOf}(__flag{n}) : null);");
        w.Close();
        w.Line();
        w.Line($"__i{n}++;");
        w.Close();
        w.Line();
        w.Line($"{target} = __flags{n};");
        w.Close();
    }

    private static void EmitObject(SourceWriter w, EmitContext context, TypeModel type, string target, string path, string chain)
    {
        var n = context.NextLocal();
        w.Open($"{chain} (__reader.TokenType == {Names.TokenType}.StartObject)");
        w.Line($"var __mark{n} = {Names.ArgumentErrors}.CountOf(__errors);");
        w.Open($"if ({context.ObjectNames(type.ObjectKey!).Read}(ref __reader, ref __errors, __strict, __lenient, out var __o{n}))");
        w.Line($"{target} = __o{n};");
        w.Close();
        w.Open($"else if ({Names.ArgumentErrors}.MustRebase(__errors, __mark{n}))");
        w.Line("// The object's reader names paths inside it; put this value's path in front.");
        w.Line($"__errors!.Rebase(__mark{n}, {path});");
        w.Close();
        w.Close();
    }
}
