namespace ToolGen.Generators.Tests;

/// <summary>
/// The generator leaves invalid <c>[StructuredOutput]</c> types out silently (TG0016 and TG0017 come from the analyzer):
/// a valid answer type beside them still generates, and the generated code adds no diagnostic to the user's own.
/// </summary>
public sealed class InvalidAnswerTypeTests
{
    public static TheoryData<string, string> InvalidTypes() => new()
    {
        { "NotPartial", "[StructuredOutput] public record Bad(string Title);" },
        { "Generic", "[StructuredOutput] public partial record Bad<T>(T Item);" },
        { "NestedInGeneric", "public partial class Holder<T> { [StructuredOutput] public partial record Bad(string Title); }" },
        { "InNonPartial", "public class Holder { [StructuredOutput] public partial record Bad(string Title); }" },
        { "ObjectMember", "[StructuredOutput] public partial class Bad { public object Extra { get; set; } = new object(); }" },
        { "DelegateParameter", "[StructuredOutput] public partial record Bad(System.Action Callback);" },
        { "InvalidName", "[StructuredOutput(Name = \"bad name\")] public partial record Bad(string Title);" },
        { "MemberClash", "[StructuredOutput] public partial record Bad(string Title) { public static int OutputFormat => 1; }" },
        { "StaticHolder", "public static partial class Holder { [StructuredOutput] public partial record Bad(string Title); }" },
    };

    [Theory]
    [MemberData(nameof(InvalidTypes))]
    public void InvalidAnswerTypeIsLeftOutAndValidOnesStay(string caseName, string invalidType)
    {
        var source = $$"""
            using ToolGen;

            namespace Answers;

            {{invalidType}}

            [StructuredOutput]
            public partial record Good(string Title, int Count = 1);
            """;

        var run = GeneratorHarness.Run(source);

        Assert.True(run.Sources.ContainsKey("Answers.Good.StructuredOutput.g.cs"), caseName + ": " + string.Join(", ", run.Sources.Keys));
        Assert.DoesNotContain(run.Sources.Keys, k => k.Contains("Bad", StringComparison.Ordinal));
        GeneratorHarness.AssertNoNewDiagnostics(run);
    }
}
