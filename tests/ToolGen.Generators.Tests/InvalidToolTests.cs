namespace ToolGen.Generators.Tests;

/// <summary>
/// The generator leaves invalid tools out silently (the analyzers report them): the valid tools of the same type
/// still generate, and the generated code adds no warning or error to those of the user's own source.
/// </summary>
public sealed class InvalidToolTests
{
    /// <summary>A tool method that cannot be a tool, placed beside a valid one.</summary>
    public static TheoryData<string, string> InvalidMembers() => new()
    {
        { "GenericMethod", "[Tool] public T Generic<T>(T value) => value;" },
        { "RefParameter", "[Tool] public void Increment(ref int value) { value++; }" },
        { "OutParameter", "[Tool] public bool TryGet(string key, out int value) { value = 0; return false; }" },
        { "InParameter", "[Tool] public int Read(in int value) => value;" },
        { "ParamsParameter", "[Tool] public int Sum(params int[] values) => values.Length;" },
        { "ObjectParameter", "[Tool] public string Describe(object value) => value.ToString() ?? \"\";" },
        { "DynamicParameter", "[Tool] public string Dyn(dynamic value) => \"\";" },
        { "DelegateParameter", "[Tool] public void Later(System.Action callback) => callback();" },
        { "SpanParameter", "[Tool] public int Length(System.ReadOnlySpan<char> text) => text.Length;" },
        { "TupleParameter", "[Tool] public int Add((int A, int B) pair) => pair.A + pair.B;" },
        { "MultiDimensionalArray", "[Tool] public int Cells(int[,] grid) => grid.Length;" },
        { "ListOfObjects", "[Tool] public int Count(List<object> items) => items.Count;" },
        { "EmptyEnum", "[Tool] public void Pick(Nothing choice) { }" },
        { "ObjectReturn", "[Tool] public object Anything() => 1;" },
        { "TaskOfObjectReturn", "[Tool] public Task<object> AnythingLater() => Task.FromResult<object>(1);" },
        { "AsyncEnumerableReturn", "[Tool] public async IAsyncEnumerable<int> Stream() { await Task.Yield(); yield return 1; }" },
        { "InvalidName", "[Tool(\"bad name!\")] public void Bad() { }" },
        { "TooLongName", "[Tool(\"a123456789a123456789a123456789a123456789a123456789a123456789abcde\")] public void Long() { }" },
        { "EmptyName", "[Tool(\"\")] public void Blank() { }" },
        { "UnknownParameterType", "[Tool] public void Broken(UnknownType value) { }" },
    };

    [Theory]
    [MemberData(nameof(InvalidMembers))]
    public void InvalidToolIsLeftOutAndValidOnesStay(string caseName, string invalidMember)
    {
        var source = $$"""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using ToolGen;

            namespace Invalid;

            public enum Nothing
            {
            }

            public partial class MixedTools
            {
                /// <summary>Echoes text.</summary>
                [Tool]
                public string Echo(string text) => text;

                // {{caseName}}
                {{invalidMember}}

                [Tool]
                public static int Twice(int value) => value * 2;
            }
            """;

        var run = GeneratorHarness.Run(source);

        var set = Assert.Single(run.ToolSets);
        Assert.Equal(new[] { "echo", "twice" }, set.Tools.Select(t => t.Name));
        Assert.Equal(new[] { "Invalid.MixedTools.Tools.g.cs" }, run.Sources.Keys);
        GeneratorHarness.AssertNoNewDiagnostics(run);
    }

    [Fact]
    public void SecondToolWithATakenNameIsLeftOut()
    {
        const string source = """
            using ToolGen;

            namespace Invalid;

            public partial class DuplicateTools
            {
                [Tool]
                public string Echo(string text) => text;

                [Tool("echo")]
                public string AlsoEcho(string text) => text;

                [Tool]
                public int Other() => 1;
            }
            """;

        var run = GeneratorHarness.Run(source);

        var set = Assert.Single(run.ToolSets);
        Assert.Equal(new[] { ("echo", "Echo"), ("other", "Other") }, set.Tools.Select(t => (t.Name, t.MethodName)));
        GeneratorHarness.AssertNoNewDiagnostics(run);
    }

    /// <summary>Types that ToolGen cannot add to: nothing is generated for them; other tool types still are.</summary>
    public static TheoryData<string, string> InvalidTypes() => new()
    {
        { "NonPartialType", "public class NotPartial { [Tool] public int A() => 1; }" },
        { "NonPartialOuterType", "public class Outer { public partial class Inner { [Tool] public int A() => 1; } }" },
        { "GenericType", "public partial class Repository<T> { [Tool] public int Count() => 0; }" },
        { "NestedInGenericType", "public partial class Box<T> { public partial class Inner { [Tool] public int A() => 1; } }" },
        { "Interface", "public partial interface ITools { [Tool] int A(); }" },
        { "InterfaceDefaultMethod", "public partial interface IDefaultTools { [Tool] int A() => 1; }" },
        { "LocalFunction", "public partial class Host { public int Run() { [Tool] static int Local() => 1; return Local(); } }" },
        { "OnlyInvalidTools", "public partial class AllBad { [Tool] public void A(ref int x) { } [Tool] public object B() => 1; }" },
    };

    [Theory]
    [MemberData(nameof(InvalidTypes))]
    public void InvalidTypeGetsNothingAndOthersStillGenerate(string caseName, string invalidType)
    {
        var source = $$"""
            using ToolGen;

            namespace Invalid;

            // {{caseName}}
            {{invalidType}}

            public partial class GoodTools
            {
                [Tool]
                public string Echo(string text) => text;
            }
            """;

        var run = GeneratorHarness.Run(source);

        var set = Assert.Single(run.ToolSets);
        Assert.Equal("global::Invalid.GoodTools", set.Header.FullyQualifiedName);
        Assert.Equal(new[] { "Invalid.GoodTools.Tools.g.cs" }, run.Sources.Keys);
        GeneratorHarness.AssertNoNewDiagnostics(run);
    }
}
