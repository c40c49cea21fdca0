namespace ToolGen.Generators.Parsing;

/// <summary>Metadata names the reader looks for (resolved to symbols by <see cref="KnownSymbols"/>); kept in one place so the analyzers and tests agree.</summary>
internal static class KnownNames
{
    public const string ToolAttribute = "ToolGen.ToolAttribute";
    public const string StructuredOutputAttribute = "ToolGen.StructuredOutputAttribute";
    public const string ToolGenOptionsAttribute = "ToolGen.ToolGenOptionsAttribute";
    public const string FromServicesAttribute = "ToolGen.FromServicesAttribute";
    public const string ToolCallContext = "ToolGen.ToolCallContext";
    public const string ServiceProvider = "System.IServiceProvider";
    public const string DescriptionAttribute = "System.ComponentModel.DescriptionAttribute";
    public const string JsonStringEnumMemberNameAttribute = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";
    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string JsonIgnoreAttribute = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    public const string JsonRequiredAttribute = "System.Text.Json.Serialization.JsonRequiredAttribute";
    public const string JsonConstructorAttribute = "System.Text.Json.Serialization.JsonConstructorAttribute";
    public const string FlagsAttribute = "System.FlagsAttribute";
    public const string ObsoleteAttribute = "System.ObsoleteAttribute";
    public const string ExperimentalAttribute = "System.Diagnostics.CodeAnalysis.ExperimentalAttribute";
    public const string SetsRequiredMembersAttribute = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";
    public const string IToolSet = "ToolGen.IToolSet";
    public const string ToolCall = "ToolGen.ToolCall";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string Task = "System.Threading.Tasks.Task";
    public const string TaskOfT = "System.Threading.Tasks.Task`1";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string ValueTaskOfT = "System.Threading.Tasks.ValueTask`1";

    public const string DataAnnotations = "System.ComponentModel.DataAnnotations.";
    public const string RangeAttribute = DataAnnotations + "RangeAttribute";
    public const string StringLengthAttribute = DataAnnotations + "StringLengthAttribute";
    public const string MinLengthAttribute = DataAnnotations + "MinLengthAttribute";
    public const string MaxLengthAttribute = DataAnnotations + "MaxLengthAttribute";
    public const string RegularExpressionAttribute = DataAnnotations + "RegularExpressionAttribute";
    public const string EmailAddressAttribute = DataAnnotations + "EmailAddressAttribute";
    public const string UrlAttribute = DataAnnotations + "UrlAttribute";
    public const string AllowedValuesAttribute = DataAnnotations + "AllowedValuesAttribute";
    public const string DeniedValuesAttribute = DataAnnotations + "DeniedValuesAttribute";
    public const string RequiredAttribute = DataAnnotations + "RequiredAttribute";
    public const string ValidationAttribute = DataAnnotations + "ValidationAttribute";
    public const string LengthAttribute = DataAnnotations + "LengthAttribute";
    public const string Base64StringAttribute = DataAnnotations + "Base64StringAttribute";
}
