namespace ToolGen.Generators.Budget;

/// <summary>The request size of one tool or answer format, as the generator states it and the budget checks sum it.</summary>
/// <param name="Bytes">UTF-8 bytes of the Chat Completions entry.</param>
/// <param name="Tokens">The o200k_base estimate of the entry (<see cref="RequestSize.EstimateTokens"/>).</param>
internal readonly record struct ToolCost(int Bytes, int Tokens)
{
    /// <summary>A tool's <c>tools</c> entry, strict when it has a strict form (what the codec sends by default).</summary>
    /// <param name="name">The tool name.</param>
    /// <param name="description">Its description.</param>
    /// <param name="plainSchema">The plain schema (not read when there is a strict one).</param>
    /// <param name="strictSchema">The strict schema, or null.</param>
    public static ToolCost OfTool(string name, string description, string plainSchema, string? strictSchema) =>
        Of(RequestSize.ChatCompletionsTool(name, description, strictSchema ?? plainSchema, strictSchema is not null));

    /// <summary>An answer's <c>response_format</c> value, strict when it has a strict form.</summary>
    public static ToolCost OfAnswer(string name, string description, string plainSchema, string? strictSchema) =>
        Of(RequestSize.ChatCompletionsResponseFormat(name, description, strictSchema ?? plainSchema, strictSchema is not null));

    /// <summary>The C# object initializer that states the cost on a generated definition.</summary>
    public string Initializer => " { " + Assignments + " }";

    /// <summary>The member assignments of <see cref="Initializer"/>, for an initializer that sets other members too.</summary>
    public string Assignments => "EntryBytes = " + Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) +
        ", EstimatedTokens = " + Tokens.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ToolCost Of(string entry) => new(RequestSize.Utf8Bytes(entry), RequestSize.EstimateTokens(entry));
}
