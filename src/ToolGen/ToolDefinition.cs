using System;

namespace ToolGen;

/// <summary>What a model is told about one tool: its name, description and parameter schema.</summary>
public sealed class ToolDefinition
{
    /// <summary>Creates a tool definition. Generated code calls this with compile-time constants.</summary>
    /// <param name="name">The tool name, <c>^[a-zA-Z0-9_-]{1,64}$</c>.</param>
    /// <param name="description">What the tool does, for the model.</param>
    /// <param name="parametersSchema">JSON schema of the arguments object.</param>
    /// <param name="strictParametersSchema">The OpenAI strict-mode form of the schema, or <see langword="null"/> when none exists.</param>
    /// <param name="returnSchema">JSON schema of the result, or <see langword="null"/>.</param>
    /// <param name="requiresApproval">Whether a person should approve each call.</param>
    public ToolDefinition(
        string name,
        string description,
        string parametersSchema,
        string? strictParametersSchema = null,
        string? returnSchema = null,
        bool requiresApproval = false)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description ?? string.Empty;
        ParametersSchema = parametersSchema ?? throw new ArgumentNullException(nameof(parametersSchema));
        StrictParametersSchema = strictParametersSchema;
        ReturnSchema = returnSchema;
        RequiresApproval = requiresApproval;
    }

    /// <summary>The tool name the model uses to call it.</summary>
    public string Name { get; }

    /// <summary>What the tool does, for the model (may be empty).</summary>
    public string Description { get; }

    /// <summary>JSON schema of the arguments object, written to be accepted by every provider.</summary>
    public string ParametersSchema { get; }

    /// <summary>
    /// The OpenAI strict-mode form of <see cref="ParametersSchema"/> (every property required, optional ones
    /// nullable, <c>additionalProperties: false</c>), or <see langword="null"/> when a parameter cannot be
    /// expressed strictly; codecs then send the tool non-strict.
    /// </summary>
    public string? StrictParametersSchema { get; }

    /// <summary>JSON schema of the result, or <see langword="null"/> when the tool returns nothing or text.</summary>
    public string? ReturnSchema { get; }

    /// <summary>Whether a person should approve each call before it runs.</summary>
    public bool RequiresApproval { get; }

    /// <summary>A short human-readable name for user interfaces (<c>[Tool(Title = …)]</c>), or <see langword="null"/>.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Whether the tool does not modify its environment (<c>[Tool(ReadOnly = …)]</c>); <see langword="null"/> when the
    /// tool does not say. MCP <c>readOnlyHint</c>.
    /// </summary>
    public bool? ReadOnlyHint { get; init; }

    /// <summary>
    /// Whether the tool may perform destructive updates (<c>[Tool(Destructive = …)]</c>); <see langword="null"/> when
    /// the tool does not say. MCP <c>destructiveHint</c>.
    /// </summary>
    public bool? DestructiveHint { get; init; }

    /// <summary>
    /// Whether repeating a call with the same arguments has no further effect (<c>[Tool(Idempotent = …)]</c>);
    /// <see langword="null"/> when the tool does not say. MCP <c>idempotentHint</c>.
    /// </summary>
    public bool? IdempotentHint { get; init; }

    /// <summary>
    /// Whether the tool interacts with an open world of external entities (<c>[Tool(OpenWorld = …)]</c>);
    /// <see langword="null"/> when the tool does not say. MCP <c>openWorldHint</c>.
    /// </summary>
    public bool? OpenWorldHint { get; init; }

    /// <summary>
    /// The size of this tool's entry in an OpenAI Chat Completions request, in UTF-8 bytes:
    /// <c>{"type":"function","function":{"name":…,"description":…,"parameters":…,"strict":true}}</c>, compact, with the
    /// strict schema when there is one (what the codec sends by default). Computed by the generator; 0 for a definition
    /// built by hand. See docs/tool-cost.md.
    /// </summary>
    public int EntryBytes { get; init; }

    /// <summary>
    /// An estimate of the same entry's prompt tokens in the o200k_base encoding (GPT-4o and later), computed by the
    /// generator without a vocabulary: runs of letters, digits and punctuation priced per run, calibrated against
    /// Microsoft.ML.Tokenizers (docs/tool-cost.md states the method and its measured error). 0 for a definition built by hand.
    /// </summary>
    public int EstimatedTokens { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
