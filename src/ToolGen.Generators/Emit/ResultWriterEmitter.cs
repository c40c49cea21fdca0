using ToolGen.Generators.Model;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits how a tool's return value becomes the text of its result: scalars formatted directly, collections
/// through a pooled <c>Utf8JsonWriter</c>, strings passed through as text.
/// </summary>
internal static class ResultWriterEmitter
{
    public static string MethodName(int toolIndex) => "__ToolGen_WriteResult" + toolIndex;

    /// <summary>Whether the result needs a writer method of its own (collections do; scalars are one expression).</summary>
    public static bool NeedsWriterMethod(TypeModel type) => type.Kind == TypeKind.Collection;

    /// <summary>A C# expression that turns <paramref name="value"/> (a local) into the result text.</summary>
    public static string Expression(EmitContext context, TypeModel type, string value, int toolIndex)
    {
        if (type.Kind == TypeKind.String)
        {
            return $"{Names.ResultText}.FromString({value})";
        }

        if (NeedsWriterMethod(type))
        {
            return $"{MethodName(toolIndex)}({value})";
        }

        if (type.IsNullable)
        {
            var inner = ScalarExpression(context, type, value + ".GetValueOrDefault()");
            return $"({value}.HasValue ? {inner} : \"null\")";
        }

        return ScalarExpression(context, type, value);
    }

    /// <summary>Emits the writer method of a collection result.</summary>
    public static void EmitWriterMethod(SourceWriter w, EmitContext context, TypeModel type, int toolIndex)
    {
        w.Line(Names.GeneratedCode);
        w.Open($"private static string {MethodName(toolIndex)}({type.TypeName} value)");
        w.Line($"var __pooled = {Names.ResultText}.Rent();");
        w.Line("var __json = __pooled.Json;");
        EmitWrite(w, context, type, "value");
        w.Line($"return {Names.ResultText}.Return(__pooled);");
        w.Close();
    }

    private static string ScalarExpression(EmitContext context, TypeModel type, string value) => type.Kind switch
    {
        TypeKind.Boolean => $"{Names.ResultText}.FromBoolean({value})",
        TypeKind.Char => $"{Names.ResultText}.FromChar({value})",
        TypeKind.SByte or TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64 => $"{Names.ResultText}.FromInt64({value})",
        TypeKind.Byte or TypeKind.UInt16 or TypeKind.UInt32 or TypeKind.UInt64 => $"{Names.ResultText}.FromUInt64({value})",
        TypeKind.Single => $"{Names.ResultText}.FromSingle({value})",
        TypeKind.Double => $"{Names.ResultText}.FromDouble({value})",
        TypeKind.Decimal => $"{Names.ResultText}.FromDecimal({value})",
        TypeKind.Enum => $"{EnumHelperEmitter.WriterName(context.EnumIndex(type.Enum!))}({value})",
        _ => $"{Names.ResultText}.FromString({value})",
    };

    private static void EmitWrite(SourceWriter w, EmitContext context, TypeModel type, string value)
    {
        if (type.Kind == TypeKind.Collection)
        {
            var n = context.NextLocal();
            w.Open($"if ({value} is null)");
            w.Line("__json.WriteNullValue();");
            w.Close();
            w.Open("else");
            w.Line("__json.WriteStartArray();");
            w.Open($"foreach (var __item{n} in {value})");
            EmitWrite(w, context, type.Element!, "__item" + n);
            w.Close();
            w.Line("__json.WriteEndArray();");
            w.Close();
            return;
        }

        if (type.IsNullable && type.Kind != TypeKind.String)
        {
            w.Open($"if ({value}.HasValue)");
            EmitScalarWrite(w, context, type, value + ".GetValueOrDefault()");
            w.Close();
            w.Open("else");
            w.Line("__json.WriteNullValue();");
            w.Close();
            return;
        }

        EmitScalarWrite(w, context, type, value);
    }

    private static void EmitScalarWrite(SourceWriter w, EmitContext context, TypeModel type, string value) => w.Line(type.Kind switch
    {
        // WriteStringValue writes null for a null string.
        TypeKind.String => $"__json.WriteStringValue({value});",
        TypeKind.Boolean => $"__json.WriteBooleanValue({value});",
        TypeKind.Char => $"{Names.ResultText}.WriteChar(__json, {value});",
        TypeKind.Single => $"{Names.ResultText}.WriteSingle(__json, {value});",
        TypeKind.Double => $"{Names.ResultText}.WriteDouble(__json, {value});",
        TypeKind.Enum => $"__json.WriteRawValue({EnumHelperEmitter.WriterName(context.EnumIndex(type.Enum!))}({value}), skipInputValidation: true);",
        _ => $"__json.WriteNumberValue({value});",
    });
}
