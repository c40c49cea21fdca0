using System;
using System.Text;

namespace ToolGen;

/// <summary>
/// The answer format of a type marked <c>[StructuredOutput]</c>: the name and JSON schemas a provider is asked to
/// answer in (OpenAI <c>response_format</c>, Responses <c>text.format</c>, Anthropic <c>output_config.format</c>,
/// Gemini <c>responseJsonSchema</c>), and the generated reader of the answer. The generator creates one per type and
/// exposes it as a static property of the type; nothing is built at run time.
/// </summary>
/// <typeparam name="T">The answer type.</typeparam>
public sealed class StructuredOutput<T>
{
    private readonly StructuredOutputReader<T> _reader;

    /// <summary>Creates an answer format (generated code calls this).</summary>
    /// <param name="name">The format's name as providers want it (<c>^[a-zA-Z0-9_-]{1,64}$</c>).</param>
    /// <param name="description">What the answer is, or empty.</param>
    /// <param name="schema">The JSON schema of the answer (object-rooted).</param>
    /// <param name="strictSchema">The strict-mode form of <paramref name="schema"/>, or <see langword="null"/> when the type has none.</param>
    /// <param name="reader">The reader of an answer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="schema"/> or <paramref name="reader"/> is <see langword="null"/>.</exception>
    public StructuredOutput(string name, string description, string schema, string? strictSchema, StructuredOutputReader<T> reader)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description ?? string.Empty;
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        StrictSchema = strictSchema;
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
    }

    /// <summary>The format's name.</summary>
    public string Name { get; }

    /// <summary>What the answer is, or empty.</summary>
    public string Description { get; }

    /// <summary>The JSON schema of the answer.</summary>
    public string Schema { get; }

    /// <summary>The strict-mode schema, or <see langword="null"/> when the type has no strict form.</summary>
    public string? StrictSchema { get; }

    /// <summary>
    /// The size of this format's <c>response_format</c> value in an OpenAI Chat Completions request, in UTF-8 bytes:
    /// <c>{"type":"json_schema","json_schema":{"name":…,"description":…,"schema":…,"strict":true}}</c>, compact, strict
    /// when there is a strict form. Computed by the generator (see docs/tool-cost.md); 0 when not stated.
    /// </summary>
    public int EntryBytes { get; init; }

    /// <summary>
    /// An estimate of the same value's prompt tokens in the o200k_base encoding, computed by the generator with the method
    /// of <see cref="ToolDefinition.EstimatedTokens"/>; 0 when not stated.
    /// </summary>
    public int EstimatedTokens { get; init; }

    /// <summary>Reads an answer.</summary>
    /// <param name="json">The answer's UTF-8 JSON text.</param>
    /// <param name="value">The answer, when read.</param>
    /// <param name="error">Why it could not be read (a message the model can act on), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the answer was read.</returns>
    public bool TryRead(ReadOnlySpan<byte> json, out T value, out ToolError? error) => _reader(json, out value, out error);

    /// <summary>Reads an answer given as text.</summary>
    /// <param name="json">The answer's JSON text.</param>
    /// <param name="value">The answer, when read.</param>
    /// <param name="error">Why it could not be read, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the answer was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public bool TryRead(string json, out T value, out ToolError? error)
        => _reader(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), out value, out error);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
