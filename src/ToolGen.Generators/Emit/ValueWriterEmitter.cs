using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>Emits the writing of one value to a <c>Utf8JsonWriter</c> named <c>__json</c>.</summary>
internal static class ValueWriterEmitter
{
    public static void Emit(SourceWriter w, EmitContext context, TypeModel type, string value)
    {
        if (type.IsNullable && type.IsValueType)
        {
            w.Open($"if ({value}.HasValue)");
            EmitNonNull(w, context, type, value + ".GetValueOrDefault()");
            w.Close();
            w.Open("else");
            w.Line("__json.WriteNullValue();");
            w.Close();
            return;
        }

        if (!type.IsValueType && type.Kind is not (TypeKind.String or TypeKind.Uri or TypeKind.JsonNode or TypeKind.JsonObject or TypeKind.JsonArray))
        {
            // Reference types can be null at run time whatever their annotation says.
            w.Open($"if ({value} is null)");
            w.Line("__json.WriteNullValue();");
            w.Close();
            w.Open("else");
            EmitNonNull(w, context, type, value);
            w.Close();
            return;
        }

        EmitNonNull(w, context, type, value);
    }

    private static void EmitNonNull(SourceWriter w, EmitContext context, TypeModel type, string value)
    {
        switch (type.Kind)
        {
            case TypeKind.Collection:
                var n = context.NextLocal();
                w.Line("__json.WriteStartArray();");
                w.Open($"foreach (var __item{n} in {value})");
                Emit(w, context, type.Element!, "__item" + n);
                w.Close();
                w.Line("__json.WriteEndArray();");
                return;
            case TypeKind.Dictionary:
                var d = context.NextLocal();
                w.Line("__json.WriteStartObject();");
                w.Open($"foreach (var __entry{d} in {value})");
                if (type.Key!.Kind == TypeKind.Enum)
                {
                    // A key without a name fails the result, as a value does: propertyNames lists only names.
                    var nameOf = context.Enum(type.Key.Enum!).JsonNameOf;
                    var number = type.Key.Enum!.UnderlyingTypeName == "ulong" ? "ulong" : "long";
                    var enumName = CSharpLiteral.String(EnumHelperEmitter.ShortName(type.Key.Enum!.TypeName));
                    w.Line($"__json.WritePropertyName({nameOf}(__entry{d}.Key) ?? throw {Names.ResultText}.UnnamedEnumValue({enumName}, (({number})__entry{d}.Key).ToString({Names.Invariant})));");
                }
                else
                {
                    w.Line($"__json.WritePropertyName(__entry{d}.Key);");
                }

                Emit(w, context, type.Element!, $"__entry{d}.Value");
                w.Close();
                w.Line("__json.WriteEndObject();");
                return;
            case TypeKind.Object:
                w.Line($"{context.ObjectNames(type.ObjectKey!).Write}(__json, {value});");
                return;
            case TypeKind.Enum:
                w.Line($"{context.Enum(type.Enum!).Write}(__json, {value});");
                return;
            case TypeKind.FlagsEnum:
                context.FlagsEnums.Add(type.Enum!.TypeName);
                w.Line($"{context.Enum(type.Enum!).WriteFlags}(__json, {value});");
                return;
        }

        w.Line(type.Kind switch
        {
            // WriteStringValue writes null for a null string.
            TypeKind.String => $"__json.WriteStringValue({value});",
            TypeKind.Boolean => $"__json.WriteBooleanValue({value});",
            TypeKind.Char => $"{Names.ResultText}.WriteChar(__json, {value});",
            TypeKind.Single => $"{Names.ResultText}.WriteSingle(__json, {value});",
            TypeKind.Double => $"{Names.ResultText}.WriteDouble(__json, {value});",
            TypeKind.Guid or TypeKind.DateTime or TypeKind.DateTimeOffset => $"__json.WriteStringValue({value});",
            TypeKind.Uri => $"{Names.ResultText}.WriteUri(__json, {value});",
            TypeKind.DateOnly => $"{Names.ResultText}.WriteDateOnly(__json, {value});",
            TypeKind.TimeOnly => $"{Names.ResultText}.WriteTimeOnly(__json, {value});",
            TypeKind.TimeSpan => $"{Names.ResultText}.WriteTimeSpan(__json, {value});",
            TypeKind.JsonElement => $"{Names.ResultText}.WriteJsonElement(__json, {value});",
            TypeKind.JsonNode or TypeKind.JsonObject or TypeKind.JsonArray => $"{Names.ResultText}.WriteJsonNode(__json, {value});",
            _ => $"__json.WriteNumberValue({value});",
        });
    }
}
