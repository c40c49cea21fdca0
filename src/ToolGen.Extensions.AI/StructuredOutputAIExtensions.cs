using System;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ToolGen.Extensions.AI;

/// <summary>
/// A <c>[StructuredOutput]</c> type's generated answer format as Microsoft.Extensions.AI's
/// <see cref="ChatResponseFormat"/>, and its reader applied to a <see cref="ChatResponse"/>. The schema is the text the
/// generator wrote, parsed once per format and kept; nothing is built from the type at run time.
/// </summary>
public static class StructuredOutputAIExtensions
{
    /// <summary>
    /// The answer format for <see cref="ChatOptions.ResponseFormat"/>: <c>ChatResponseFormat.ForJsonSchema</c> with the
    /// generated schema, the format's name and its description. The same instance is returned on every call.
    /// </summary>
    /// <typeparam name="T">The answer type.</typeparam>
    /// <param name="output">The format, e.g. <c>WeatherReport.OutputFormat</c>.</param>
    /// <param name="strict">
    /// Whether to use the strict schema (every property required, closed objects) when the type has one; the plain
    /// schema otherwise. OpenAI's strict mode constrains decoding to the schema given.
    /// </param>
    /// <returns>The response format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static ChatResponseFormatJson AsChatResponseFormat<T>(this StructuredOutput<T> output, bool strict = true)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        return strict && output.StrictSchema is not null
            ? FormatCache<T>.Strict.GetValue(output, static o => Create(o, strict: true))
            : FormatCache<T>.Plain.GetValue(output, static o => Create(o, strict: false));
    }

    /// <summary>Reads a response's text as the answer type, with the generated reader and its repair messages.</summary>
    /// <typeparam name="T">The answer type.</typeparam>
    /// <param name="output">The format.</param>
    /// <param name="response">The model's response.</param>
    /// <param name="value">The answer, when read.</param>
    /// <param name="error">Why it could not be read (a message to send back to the model), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the answer was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="response"/> is <see langword="null"/>.</exception>
    public static bool TryRead<T>(this StructuredOutput<T> output, ChatResponse response, out T value, out ToolError? error)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (response is null)
        {
            throw new ArgumentNullException(nameof(response));
        }

        return output.TryRead(Encoding.UTF8.GetBytes(response.Text), out value, out error);
    }

    private static ChatResponseFormatJson Create<T>(StructuredOutput<T> output, bool strict)
    {
        using var document = JsonDocument.Parse(strict ? output.StrictSchema! : output.Schema);
        return ChatResponseFormat.ForJsonSchema(
            document.RootElement.Clone(),
            output.Name,
            output.Description.Length == 0 ? null : output.Description);
    }

    /// <summary>One parsed format per answer format and form, kept as long as the format lives.</summary>
    private static class FormatCache<T>
    {
        public static readonly ConditionalWeakTable<StructuredOutput<T>, ChatResponseFormatJson> Strict = new();
        public static readonly ConditionalWeakTable<StructuredOutput<T>, ChatResponseFormatJson> Plain = new();
    }
}
