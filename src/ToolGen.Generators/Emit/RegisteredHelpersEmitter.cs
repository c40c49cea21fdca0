namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits, last in a helper class, what the readers above it registered in the <see cref="EmitContext"/>: the readers of
/// collections, maps and [Flags] values on their own, the enum helpers and the patterns. Shared by tool sets and answer types.
/// </summary>
internal static class RegisteredHelpersEmitter
{
    public static void Emit(SourceWriter w, EmitContext context)
    {
        // Emitting one may register another (a list of lists), so the count is read on each turn.
        for (var i = 0; i < context.ValueReaders.Count; i++)
        {
            var (type, validation, name) = context.ValueReaders[i];
            w.Line();
            ValueReaderEmitter.EmitHeldReader(w, context, type, validation, name);
        }

        foreach (var (enumModel, names) in context.Enums)
        {
            w.Line();
            EnumHelperEmitter.Emit(w, enumModel, names, context.FlagsEnums.Contains(enumModel.TypeName));
        }

        if (context.Patterns.Count > 0)
        {
            w.Line();
            ObjectEmitter.EmitPatterns(w, context.Patterns);
        }
    }
}
