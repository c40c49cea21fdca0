using System;

namespace ToolGen;

/// <summary>
/// A tool set whose tools' request parts the generator wrote at compile time as UTF-8 JSON, so that every codec
/// assembles its <c>tools</c> from them without transcoding, escaping or validating schemas. Each codec writes its own
/// envelope (Chat Completions' <c>function</c> object, Responses' flat entry, Anthropic's <c>input_schema</c>, Gemini's
/// <c>functionDeclarations</c>) around the same parts, so a schema is stored once for all providers. ToolGen implements
/// it (explicitly) on every generated tool set; use it through <see cref="PreEncodedToolsExtensions"/> or a
/// <see cref="Chat.ChatLoop"/>.
/// </summary>
public interface IPreEncodedTools
{
    /// <summary>
    /// The number of tools whose parts are pre-encoded, in the order of <see cref="IToolSet.Definitions"/>: all of them,
    /// or 0 when the set has none pre-encoded (a set that includes a base type's tools, which its generated half cannot list).
    /// </summary>
    int PreEncodedToolCount { get; }

    /// <summary>One part of one tool as compact UTF-8 JSON, text outside ASCII not escaped.</summary>
    /// <param name="index">The tool's position in <see cref="IToolSet.Definitions"/>, below <see cref="PreEncodedToolCount"/>.</param>
    /// <param name="part">Which part.</param>
    /// <returns>The JSON value, or an empty span when the tool has no such part (no description, no strict schema) or <paramref name="index"/> is out of range.</returns>
    ReadOnlySpan<byte> GetPreEncodedPart(int index, PreEncodedToolPart part);
}
