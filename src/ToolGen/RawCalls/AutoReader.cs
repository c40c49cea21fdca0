namespace ToolGen.RawCalls;

/// <summary>A <c>[</c> at the start of a line, in <see cref="RawToolCallFormat.Auto"/>: a JSON call array (Llama) or a pythonic call list.</summary>
internal static class AutoReader
{
    public static bool MayStartArray(string text, int index) => RawScanner.AtLineStart(text, index);

    public static int ReadBareArray(ParseState state, int start)
    {
        var text = state.Text;
        var p = RawScanner.SkipSpace(text, start + 1, text.Length);
        if (p >= text.Length)
        {
            return state.Final ? Trigger.NotACall : Trigger.NeedMore;
        }

        return text[p] == '{' ? LlamaReader.ReadBareArray(state, start) : PythonicReader.ReadBareList(state, start);
    }
}
