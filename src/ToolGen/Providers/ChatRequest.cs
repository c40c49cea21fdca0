using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Providers;

/// <summary>What a <see cref="ChatCodec"/> writes into one request body.</summary>
public sealed class ChatRequest
{
    /// <summary>The model name.</summary>
    public string Model { get; set; } = string.Empty;

    /// <summary>System instructions, written where the provider wants them (a system message, <c>instructions</c>, <c>system</c>, <c>systemInstruction</c>); <see langword="null"/> for none.</summary>
    public string? Instructions { get; set; }

    /// <summary>The conversation so far, as JSON items in the codec's format.</summary>
    public IReadOnlyList<string> Messages { get; set; } = Array.Empty<string>();

    /// <summary>The tools to offer.</summary>
    public IReadOnlyList<ToolDefinition> Tools { get; set; } = Array.Empty<ToolDefinition>();

    /// <summary>Whether tools with a strict form may be sent strict.</summary>
    public bool Strict { get; set; } = true;

    /// <summary>When set, whether the model may call several tools at once; <see langword="null"/> leaves the provider's default.</summary>
    public bool? ParallelToolCalls { get; set; }

    /// <summary>The answer format to ask for, or <see langword="null"/> for free text.</summary>
    public ChatAnswerFormat? AnswerFormat { get; set; }

    /// <summary>Whether the response is to be streamed.</summary>
    public bool Stream { get; set; }

    /// <summary>The most tokens to generate; <see langword="null"/> for the provider's default (Anthropic requires one: 4096 is sent).</summary>
    public int? MaxOutputTokens { get; set; }

    /// <summary>Writes more properties into the request object, after the standard ones.</summary>
    public Action<Utf8JsonWriter>? WriteExtraProperties { get; set; }

    /// <summary>
    /// The tool set behind <see cref="Tools"/> when it carries its tools' parts pre-encoded by the generator: every codec
    /// then writes its <c>tools</c> around those bytes instead of writing each definition (Gemini's lowered OpenAPI form
    /// excepted). Set by <see cref="Chat.ChatLoop"/>, which knows both come from the same set; used only when it covers
    /// exactly as many tools as <see cref="Tools"/>.
    /// </summary>
    internal IPreEncodedTools? PreEncodedTools { get; set; }
}
