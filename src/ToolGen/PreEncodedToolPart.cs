namespace ToolGen;

/// <summary>The parts of a tool that <see cref="IPreEncodedTools"/> holds as UTF-8 JSON values.</summary>
public enum PreEncodedToolPart
{
    /// <summary>The name, as a JSON string (<see cref="ToolDefinition.Name"/>).</summary>
    Name = 0,

    /// <summary>The description, as a JSON string; empty when <see cref="ToolDefinition.Description"/> is empty (codecs then leave it out).</summary>
    Description = 1,

    /// <summary>The plain parameters schema (<see cref="ToolDefinition.ParametersSchema"/>).</summary>
    Schema = 2,

    /// <summary>The strict parameters schema (<see cref="ToolDefinition.StrictParametersSchema"/>); empty when the tool has none.</summary>
    StrictSchema = 3,
}
