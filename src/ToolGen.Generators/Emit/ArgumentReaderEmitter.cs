using System.Collections.Generic;
using System.Linq;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits one tool's argument reader: a single <c>Utf8JsonReader</c> pass straight into locals, with no
/// <c>JsonDocument</c>, no serializer, no dictionary. Every problem is collected with its JSON path, so the
/// model learns about all of them at once; each value's reading is one branch at its token, which is where
/// a lenient mode can later accept a number sent as a string.
/// </summary>
internal static class ArgumentReaderEmitter
{
    public static string MethodName(int toolIndex) => "__ToolGen_Read" + toolIndex;

    public static string PropertyName(int toolIndex, int parameterIndex) => $"__ToolGen_P{toolIndex}_{parameterIndex}";

    public static void Emit(SourceWriter w, EmitContext context, ToolModel tool, int toolIndex)
    {
        context.ResetLocals();
        var arguments = tool.Parameters.Select((p, i) => (Parameter: p, Index: i)).Where(x => x.Parameter.Role == ParameterRole.Argument).ToList();

        foreach (var (parameter, index) in arguments)
        {
            w.Line($"private static global::System.ReadOnlySpan<byte> {PropertyName(toolIndex, index)} => {CSharpLiteral.Utf8Bytes(parameter.JsonName)};");
        }

        if (arguments.Count > 0)
        {
            w.Line();
        }

        var outs = string.Concat(arguments.Select(a => $", out {a.Parameter.Type!.TypeName} __a{a.Index}"));
        var toolName = CSharpLiteral.String(tool.Name);
        w.Line(Names.GeneratedCode);
        w.Open($"private static bool {MethodName(toolIndex)}(global::System.ReadOnlySpan<byte> json{outs}, out {Names.ToolError}? __error)");
        foreach (var (parameter, index) in arguments)
        {
            w.Line($"__a{index} = {parameter.Default?.CSharpExpression ?? "default!"};");
        }

        foreach (var (_, index) in arguments)
        {
            w.Line($"var __seen{index} = false;");
        }

        w.Line($"{Names.ArgumentErrors}? __errors = null;");
        w.Open($"if ({Names.JsonArgs}.IsBlank(json))");
        w.Line($"json = {Names.JsonArgs}.EmptyObject;");
        w.Close();
        w.Line();
        w.Line($"var __reader = new {Names.Reader}(json, {Names.JsonArgs}.ReaderOptions);");
        w.Open("try");
        w.Open($"if (!__reader.Read() || __reader.TokenType != {Names.TokenType}.StartObject)");
        w.Line($"__error = {Names.ArgumentErrors}.NotAnObject({toolName}, ref __reader, {CSharpLiteral.String(Shape(arguments.Select(a => a.Parameter)))});");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Open($"while ({Names.JsonArgs}.NextProperty(ref __reader))");
        var keyword = "if";
        foreach (var (parameter, index) in arguments)
        {
            w.Open($"{keyword} (__reader.ValueTextEquals({PropertyName(toolIndex, index)}))");
            w.Open($"if (__seen{index})");
            w.Line($"{Names.ArgumentErrors}.Duplicate(ref __errors, {CSharpLiteral.String(parameter.JsonName)});");
            w.Close();
            w.Line();
            w.Line($"__seen{index} = true;");
            w.Line("__reader.Read();");
            EmitValue(w, context, parameter.Type!, $"__a{index}", CSharpLiteral.String(parameter.JsonName), keepDefaultOnNull: parameter.Default is not null);
            w.Close();
            keyword = "else if";
        }

        if (arguments.Count > 0)
        {
            w.Open("else");
        }

        w.Line("// Unknown properties are ignored, as providers' non-strict mode allows.");
        w.Line($"{Names.JsonArgs}.SkipValue(ref __reader);");
        if (arguments.Count > 0)
        {
            w.Close();
        }

        w.Close();
        w.Line();
        w.Line($"{Names.JsonArgs}.ReadEnd(ref __reader);");
        w.Close();
        w.Open($"catch ({Names.Exception} __ex) when ({Names.ArgumentErrors}.IsMalformedInput(__ex))");
        w.Line($"__error = {Names.ArgumentErrors}.Malformed({toolName}, __ex);");
        w.Line("return false;");
        w.Close();
        w.Line();
        foreach (var (parameter, index) in arguments.Where(a => a.Parameter.IsRequired))
        {
            w.Open($"if (!__seen{index})");
            w.Line($"{Names.ArgumentErrors}.Missing(ref __errors, {CSharpLiteral.String(parameter.JsonName)}, {CSharpLiteral.String(TypeFacts.Expected(parameter.Type!))});");
            w.Close();
            w.Line();
        }

        w.Open("if (__errors is not null)");
        w.Line($"__error = __errors.ToError({toolName});");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("__error = null;");
        w.Line("return true;");
        w.Close();
    }

    /// <summary>
    /// Emits the reading of one value, the reader on its first token, into <paramref name="target"/>.
    /// <paramref name="path"/> is a C# expression for the JSON path, evaluated only when there is an error.
    /// </summary>
    private static void EmitValue(SourceWriter w, EmitContext context, TypeModel type, string target, string path, bool keepDefaultOnNull)
    {
        var expected = CSharpLiteral.String(TypeFacts.Expected(type));
        w.Open($"if (__reader.TokenType == {Names.TokenType}.Null)");
        if (type.IsNullable)
        {
            w.Line($"{target} = null;");
        }
        else if (keepDefaultOnNull)
        {
            w.Line("// Null for an optional parameter means \"use the default\", as strict mode sends it.");
        }
        else
        {
            w.Line($"{Names.ArgumentErrors}.NotNull(ref __errors, {path}, {expected});");
        }

        w.Close();
        var value = "__v" + context.NextLocal();
        switch (type.Kind)
        {
            case TypeKind.Enum:
                w.Open($"else if ({EnumHelperEmitter.ReaderName(context.EnumIndex(type.Enum!))}(ref __reader, out var {value}))");
                w.Line($"{target} = {value};");
                w.Close();
                break;
            case TypeKind.Collection:
                EmitCollection(w, context, type, target, path);
                break;
            default:
                w.Open($"else if ({Names.JsonArgs}.{TypeFacts.ReadHelper(type.Kind)}(ref __reader, out var {value}))");
                w.Line($"{target} = {value};");
                w.Close();
                break;
        }

        w.Open("else");
        w.Line($"{Names.ArgumentErrors}.Expected(ref __errors, ref __reader, {path}, {expected});");
        w.Close();
    }

    private static void EmitCollection(SourceWriter w, EmitContext context, TypeModel type, string target, string path)
    {
        var n = context.NextLocal();
        var element = type.Element!;
        w.Open($"else if (__reader.TokenType == {Names.TokenType}.StartArray)");
        w.Line($"var __list{n} = new global::System.Collections.Generic.List<{element.TypeName}>();");
        w.Open($"while (__reader.Read() && __reader.TokenType != {Names.TokenType}.EndArray)");
        w.Line($"{element.TypeName} __e{n} = default!;");
        var elementPath = $"string.Concat({path}, \"[\", __list{n}.Count.ToString({Names.Invariant}), \"]\")";
        EmitValue(w, context, element, $"__e{n}", elementPath, keepDefaultOnNull: false);
        w.Line($"__list{n}.Add(__e{n});");
        w.Close();
        w.Line();
        w.Line(type.Collection == CollectionKind.Array ? $"{target} = __list{n}.ToArray();" : $"{target} = __list{n};");
        w.Close();
    }

    /// <summary>The properties a tool takes, for the message sent when the arguments are not an object.</summary>
    private static string Shape(IEnumerable<ParameterModel> parameters)
    {
        var names = parameters.Select(p => p.IsRequired ? "\"" + p.JsonName + "\" (required)" : "\"" + p.JsonName + "\"").ToList();
        return names.Count == 0 ? "with no properties, {}" : "with the properties " + string.Join(", ", names);
    }
}
