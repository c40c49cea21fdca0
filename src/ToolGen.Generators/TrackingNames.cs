namespace ToolGen.Generators;

/// <summary>Names of the generator's pipeline steps; tests read them to prove outputs stay cached.</summary>
internal static class TrackingNames
{
    public const string ToolMethods = "ToolGen.ToolMethods";
    public const string ValidToolMethods = "ToolGen.ValidToolMethods";
    public const string AllToolMethods = "ToolGen.AllToolMethods";
    public const string ToolSets = "ToolGen.ToolSets";
    public const string AnswerTypes = "ToolGen.AnswerTypes";
    public const string ValidAnswerTypes = "ToolGen.ValidAnswerTypes";
}
