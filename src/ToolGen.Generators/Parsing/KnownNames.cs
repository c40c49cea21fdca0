namespace ToolGen.Generators.Parsing;

/// <summary>Metadata names the parser looks for; kept in one place so the analyzers and tests agree.</summary>
internal static class KnownNames
{
    public const string ToolAttribute = "ToolGen.ToolAttribute";
    public const string DescriptionAttribute = "System.ComponentModel.DescriptionAttribute";
    public const string JsonStringEnumMemberNameAttribute = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";
    public const string FlagsAttribute = "System.FlagsAttribute";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";
}
