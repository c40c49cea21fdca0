using System;
using System.Text.Json;
using ToolGen.Providers;

namespace ToolGen;

/// <summary>Writes the pre-encoded request parts of a generated tool set (<see cref="IPreEncodedTools"/>).</summary>
public static class PreEncodedToolsExtensions
{
    /// <summary>
    /// Writes the value of a Chat Completions request's <c>tools</c> property: around the generated UTF-8 parts when the
    /// set has them (each copied with <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>, no validation:
    /// the generator wrote them; text outside ASCII is not escaped), else <see cref="OpenAIChatCompletions.WriteTools(Utf8JsonWriter, System.Collections.Generic.IEnumerable{ToolDefinition}, bool)"/>
    /// over <see cref="IToolSet.Definitions"/>.
    /// </summary>
    /// <param name="toolSet">The tools to offer.</param>
    /// <param name="writer">The writer of the request body, positioned after the <c>tools</c> property name.</param>
    /// <param name="strict">Whether to send the tools that have a strict schema in strict mode.</param>
    /// <exception cref="ArgumentNullException"><paramref name="toolSet"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
    public static void WriteChatCompletionsTools(this IToolSet toolSet, Utf8JsonWriter writer, bool strict = true)
    {
        if (toolSet is null)
        {
            throw new ArgumentNullException(nameof(toolSet));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (toolSet is IPreEncodedTools preEncoded && preEncoded.PreEncodedToolCount > 0 && preEncoded.PreEncodedToolCount == toolSet.Definitions.Count)
        {
            PreEncodedToolWriter.WriteChatCompletions(writer, preEncoded, strict);
            return;
        }

        OpenAIChatCompletions.WriteTools(writer, toolSet.Definitions, strict);
    }

    /// <summary>
    /// Writes the property (or properties) that offer the set's tools into the request object being written, as
    /// <see cref="ChatCodec.WriteTools"/> does for <see cref="IToolSet.Definitions"/>, but around the generated UTF-8
    /// parts when the set has them and the codec has a pre-encoded form (every codec's default form; not Gemini's lowered
    /// <see cref="GeminiCodec.UseOpenApiParameters"/>). A <see cref="Chat.ChatLoop"/> does this on every request.
    /// </summary>
    /// <param name="toolSet">The tools to offer.</param>
    /// <param name="codec">The provider's format.</param>
    /// <param name="writer">The writer, inside the request object.</param>
    /// <param name="strict">Whether tools that have a strict form may be sent strict.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteTools(this IToolSet toolSet, ChatCodec codec, Utf8JsonWriter writer, bool strict = true)
    {
        if (toolSet is null)
        {
            throw new ArgumentNullException(nameof(toolSet));
        }

        if (codec is null)
        {
            throw new ArgumentNullException(nameof(codec));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        codec.WriteRequestTools(writer, toolSet.Definitions, strict, toolSet as IPreEncodedTools);
    }
}
