namespace ToolGen.Generators.Text;

/// <summary>
/// Lone surrogates are legal in C# strings but cannot be written as UTF-8; literals escape them so the
/// generated file and the schema stay valid text.
/// </summary>
internal static class Surrogates
{
    public static bool IsLone(string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(value[index - 1]));
    }
}
