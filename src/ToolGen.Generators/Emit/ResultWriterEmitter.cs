using ToolGen.Generators.Model;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits how a tool's return value becomes the text of its result: scalars formatted directly, everything
/// else through a pooled <c>Utf8JsonWriter</c>, strings passed through as text.
/// </summary>
internal static class ResultWriterEmitter
{
    /// <summary>Whether the result needs a writer method of its own; scalars are one expression.</summary>
    public static bool NeedsWriterMethod(TypeModel type) =>
        !(type.Kind is TypeKind.String or TypeKind.Boolean or TypeKind.Char || TypeFacts.IsNumber(type.Kind));

    /// <summary>A C# expression that turns <paramref name="value"/> (a local) into the result text.</summary>
    public static string Expression(TypeModel type, string value, string writerName)
    {
        if (type.Kind == TypeKind.String)
        {
            return $"{Names.ResultText}.FromString({value})";
        }

        if (NeedsWriterMethod(type))
        {
            return $"{writerName}({value})";
        }

        if (type.IsNullable)
        {
            var inner = ScalarExpression(type, value + ".GetValueOrDefault()");
            return $"({value}.HasValue ? {inner} : \"null\")";
        }

        return ScalarExpression(type, value);
    }

    /// <summary>Emits the writer method of a result that is not a plain scalar.</summary>
    public static void EmitWriterMethod(SourceWriter w, EmitContext context, TypeModel type, string writerName)
    {
        w.Open($"private static string {writerName}({type.TypeName} value)");
        w.Line($"var __pooled = {Names.ResultText}.Rent();");
        w.Line("var __json = __pooled.Json;");
        ValueWriterEmitter.Emit(w, context, type, "value");
        w.Line($"return {Names.ResultText}.Return(__pooled);");
        w.Close();
    }

    private static string ScalarExpression(TypeModel type, string value) => type.Kind switch
    {
        TypeKind.Boolean => $"{Names.ResultText}.FromBoolean({value})",
        TypeKind.Char => $"{Names.ResultText}.FromChar({value})",
        TypeKind.SByte or TypeKind.Int16 or TypeKind.Int32 or TypeKind.Int64 or TypeKind.IntPtr => $"{Names.ResultText}.FromInt64({value})",
        TypeKind.Byte or TypeKind.UInt16 or TypeKind.UInt32 or TypeKind.UInt64 => $"{Names.ResultText}.FromUInt64({value})",
        TypeKind.Single => $"{Names.ResultText}.FromSingle({value})",
        TypeKind.Double => $"{Names.ResultText}.FromDouble({value})",
        _ => $"{Names.ResultText}.FromDecimal({value})",
    };
}
