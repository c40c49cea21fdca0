using System;
using System.Text;
using System.Text.Json;

namespace ToolGen.Providers.Json;

/// <summary>The text of an error body, whatever the provider: every codec reads errors here, once.</summary>
internal static class ErrorBody
{
    /// <summary>The text of an error body: <c>error.message</c>, <c>error</c>, <c>message</c> or <c>detail</c>, else the body itself, shortened.</summary>
    public static string Text(ReadOnlySpan<byte> body)
    {
        var span = CodecJson.SkipByteOrderMark(body);

        try
        {
            var reader = new Utf8JsonReader(span);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                string? found = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isError = reader.ValueTextEquals("error"u8);
                    var isMessage = reader.ValueTextEquals("message"u8) || reader.ValueTextEquals("detail"u8);
                    reader.Read();
                    if (isError && reader.TokenType == JsonTokenType.StartObject)
                    {
                        found = ReadErrorObject(ref reader) ?? found;
                    }
                    else if ((isError || isMessage) && reader.TokenType == JsonTokenType.String)
                    {
                        found = isError || found is null ? reader.GetString() : found;
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                if (!string.IsNullOrEmpty(found))
                {
                    return found!;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML page from a proxy, plain text): the body itself is the best description.
        }
        catch (InvalidOperationException)
        {
            // A string that is not valid UTF-8.
        }

        var text = Encoding.UTF8.GetString(span.ToArray()).Trim();
        const int Limit = 500;
        return text.Length == 0 ? "(empty body)" : text.Length <= Limit ? text : text.Substring(0, Limit) + "…";
    }

    private static string? ReadErrorObject(ref Utf8JsonReader reader)
    {
        string? text = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessage = reader.ValueTextEquals("message"u8);
            reader.Read();
            if (isMessage && reader.TokenType == JsonTokenType.String)
            {
                text = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return text;
    }
}
