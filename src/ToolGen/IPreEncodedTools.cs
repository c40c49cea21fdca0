using System;

namespace ToolGen;

/// <summary>
/// A tool set whose request parts the generator wrote at compile time as UTF-8 JSON, so that a request can copy them
/// without transcoding, escaping or validating schemas. ToolGen implements it (explicitly) on every generated tool
/// set; use it through <see cref="PreEncodedToolsExtensions"/>.
/// </summary>
public interface IPreEncodedTools
{
    /// <summary>
    /// The value of an OpenAI Chat Completions request's <c>tools</c> property for every tool of the set, as compact
    /// UTF-8 JSON: with <paramref name="strict"/>, each tool that has a strict schema is sent with it and
    /// <c>"strict":true</c>, the others with their plain schema; without, every tool with its plain schema. The same
    /// JSON as <c>OpenAIChatCompletions.WriteTools</c> writes for <see cref="IToolSet.Definitions"/>, except that text
    /// outside ASCII is not escaped. Empty when the set has none pre-encoded (a set that includes a base type's tools).
    /// </summary>
    /// <param name="strict">Whether to send the tools that have a strict schema in strict mode.</param>
    /// <returns>The JSON array, or an empty span.</returns>
    ReadOnlySpan<byte> GetChatCompletionsTools(bool strict);
}
