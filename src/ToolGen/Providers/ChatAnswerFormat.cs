using System;

namespace ToolGen.Providers;

/// <summary>An answer format: the JSON schema the model is asked to answer in.</summary>
public sealed class ChatAnswerFormat
{
    /// <summary>Creates an answer format.</summary>
    /// <param name="name">The format's name (<c>^[a-zA-Z0-9_-]{1,64}$</c>).</param>
    /// <param name="description">What the answer is, or empty.</param>
    /// <param name="schema">The JSON schema, object-rooted.</param>
    /// <param name="strict">Whether to ask for strict (constrained) decoding where the provider has it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="schema"/> is <see langword="null"/>.</exception>
    public ChatAnswerFormat(string name, string description, string schema, bool strict)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Description = description ?? string.Empty;
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Strict = strict;
    }

    /// <summary>The format's name.</summary>
    public string Name { get; }

    /// <summary>What the answer is, or empty.</summary>
    public string Description { get; }

    /// <summary>The JSON schema.</summary>
    public string Schema { get; }

    /// <summary>Whether strict decoding is asked for.</summary>
    public bool Strict { get; }

    /// <summary>The format of a <c>[StructuredOutput]</c> type: its strict schema when it has one and <paramref name="strict"/> is set, else its schema.</summary>
    /// <typeparam name="T">The answer type.</typeparam>
    /// <param name="output">The type's answer format.</param>
    /// <param name="strict">Whether to use the strict schema when there is one.</param>
    /// <returns>The answer format.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public static ChatAnswerFormat From<T>(StructuredOutput<T> output, bool strict = true)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        return strict && output.StrictSchema is not null
            ? new ChatAnswerFormat(output.Name, output.Description, output.StrictSchema, true)
            : new ChatAnswerFormat(output.Name, output.Description, output.Schema, false);
    }
}
