using System.Text;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Budget;

/// <summary>
/// What a tool or an answer format costs in a request, computed at compile time from the text the generator already
/// wrote: the entry's JSON (the Chat Completions codec's, with text escaped only as JSON requires), its UTF-8 size, and a
/// token estimate.
/// </summary>
internal static class RequestSize
{
    /// <summary>
    /// One element of a Chat Completions request's <c>tools</c> array:
    /// <c>{"type":"function","function":{"name":…,"description":…,"parameters":…,"strict":true}}</c>, compact, the strict
    /// schema when there is one (what the codec sends by default), the description left out when empty.
    /// </summary>
    public static string ChatCompletionsTool(string name, string description, string schema, bool strict) =>
        Entry("{\"type\":\"function\",\"function\":{\"name\":", "parameters", name, description, schema, strict);

    /// <summary>
    /// A Chat Completions <c>response_format</c> value:
    /// <c>{"type":"json_schema","json_schema":{"name":…,"description":…,"schema":…,"strict":true}}</c>.
    /// </summary>
    public static string ChatCompletionsResponseFormat(string name, string description, string schema, bool strict) =>
        Entry("{\"type\":\"json_schema\",\"json_schema\":{\"name\":", "schema", name, description, schema, strict);

    /// <summary>The size of the text in UTF-8 bytes.</summary>
    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>
    /// A deterministic estimate of the o200k_base token count of compact JSON, in one pass and without a vocabulary: each
    /// run of ASCII letters costs one token per started <see cref="LettersPerToken"/> letters, each run of digits one per
    /// three, each run of punctuation one per started <see cref="PunctuationPerToken"/> characters (BPE merges
    /// <c>":"</c>, <c>","</c>, <c>":{"</c>; other white space counts as punctuation), a space before a word nothing
    /// (it joins the word), and each non-ASCII character one. Calibrated against Microsoft.ML.Tokenizers on the samples' and tests' tools
    /// (docs/tool-cost.md gives the error measured).
    /// </summary>
    public static int EstimateTokens(string json)
    {
        var tokens = 0;
        var i = 0;
        while (i < json.Length)
        {
            var c = json[i];
            var start = i;
            if (IsLetter(c))
            {
                while (i < json.Length && IsLetter(json[i]))
                {
                    i++;
                }

                tokens += Ceiling(i - start, LettersPerToken);
            }
            else if (c is >= '0' and <= '9')
            {
                while (i < json.Length && json[i] is >= '0' and <= '9')
                {
                    i++;
                }

                tokens += Ceiling(i - start, 3);
            }
            else if (c == ' ' && i + 1 < json.Length && IsLetter(json[i + 1]))
            {
                i++;
            }
            else if (c > '\u007f')
            {
                tokens++;
                i++;
            }
            else
            {
                while (i < json.Length && json[i] <= '\u007f' && !IsLetter(json[i]) && json[i] is not (>= '0' and <= '9') && !(json[i] == ' ' && i + 1 < json.Length && IsLetter(json[i + 1])))
                {
                    i++;
                }

                tokens += Ceiling(i - start, PunctuationPerToken);
            }
        }

        return tokens;
    }

    private static string Entry(string head, string schemaName, string name, string description, string schema, bool strict)
    {
        var builder = new StringBuilder(schema.Length + name.Length + description.Length + 80).Append(head);
        JsonLiteral.AppendString(builder, name);
        if (description.Length > 0)
        {
            builder.Append(",\"description\":");
            JsonLiteral.AppendString(builder, description);
        }

        builder.Append(",\"").Append(schemaName).Append("\":").Append(schema);
        if (strict)
        {
            builder.Append(",\"strict\":true");
        }

        return builder.Append("}}").ToString();
    }

    /// <summary>Letters per token in a word: English words and schema keywords are mostly one token up to this length.</summary>
    internal const int LettersPerToken = 8;

    /// <summary>Punctuation characters per token: JSON's <c>":"</c>, <c>","</c> and <c>":{"</c> are single tokens.</summary>
    internal const int PunctuationPerToken = 4;

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static int Ceiling(int count, int per) => (count + per - 1) / per;
}
