using System.Reflection;
using System.Text;
using ToolGen.Generators.Emit;

namespace ToolGen.Generators.Tests;

/// <summary>
/// Bugs of the emitter, each a minimal repro that failed before its fix: the generated code must compile with no
/// warning (TreatWarningsAsErrors) whatever the user's tool class says about nullability, obsolescence or names.
/// </summary>
public sealed class GeneratedCodeTests
{
    /// <summary>
    /// A tool declared to return <c>Task?</c> or <c>Task&lt;T&gt;?</c>: reading <c>__task.Status</c> was CS8602. A null task
    /// is now a ToolFailed result that says so.
    /// </summary>
    [Fact]
    public async Task NullableTaskReturns()
    {
        const string source = """
            using System.Threading.Tasks;
            using ToolGen;

            namespace P;

            public partial class TaskTools
            {
                [Tool]
                public Task? Fire() => null;

                [Tool]
                public Task<int>? Count() => null;
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratorHarness.AssertCompilesClean(run);

        var tools = (IToolSet)Activator.CreateInstance(Load(run).GetType("P.TaskTools", throwOnError: true)!)!;
        foreach (var name in new[] { "fire", "count" })
        {
            var result = await tools.InvokeAsync(new ToolCall("1", name, Encoding.UTF8.GetBytes("{}")));
            Assert.True(result.IsError);
            Assert.Equal(ToolErrorKind.ToolFailed, result.Error!.Kind);
            Assert.Equal($"Tool \"{name}\" failed: the tool returned a null task.", result.Error.Message);
        }
    }

    /// <summary>A member named <c>nameof</c> in the tool type captured the generated <c>nameof(call)</c>: CS1503 and more.</summary>
    [Fact]
    public void MemberNamedNameof()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class NameTools
            {
                [Tool]
                public string nameof(string value) => value;
            }
            """;

        GeneratorHarness.AssertCompilesClean(GeneratorHarness.Run(source));
    }

    /// <summary>An obsolete tool method (with and without a message): its call in the invoker was CS0612/CS0618.</summary>
    [Fact]
    public void ObsoleteToolMethod()
    {
        const string source = """
            using System;
            using ToolGen;

            namespace P;

            public partial class OldTools
            {
                [Obsolete]
                [Tool]
                public int Old() => 1;

                [Obsolete("Use New.")]
                [Tool]
                public int Older() => 2;
            }
            """;

        GeneratorHarness.AssertCompilesClean(GeneratorHarness.Run(source));
    }

    /// <summary>An obsolete enum member: the reader assigned it and the writer matched it by name (CS0612/CS0618).</summary>
    [Fact]
    public void ObsoleteEnumMember()
    {
        const string source = """
            using System;
            using ToolGen;

            namespace P;

            public enum Unit
            {
                Celsius,
                [Obsolete] Kelvin,
                [Obsolete("Nobody uses it.")] Rankine,
            }

            public partial class UnitTools
            {
                [Tool]
                public Unit Echo(Unit unit) => unit;
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratorHarness.AssertCompilesClean(run);
        Assert.DoesNotContain("Unit.Kelvin", run.Sources.Values.Single(), StringComparison.Ordinal);
    }

    /// <summary>An obsolete property of a parameter type: the object reader sets it and the writer reads it.</summary>
    [Fact]
    public void ObsoletePropertyOfParameterType()
    {
        const string source = """
            using System;
            using ToolGen;

            namespace P;

            public sealed class Query
            {
                public string Text { get; set; } = "";

                [Obsolete]
                public int Limit { get; set; }

                [Obsolete("Use Text.")]
                public string? Filter { get; init; }
            }

            public partial class QueryTools
            {
                [Tool]
                public Query Echo(Query query) => query;
            }
            """;

        GeneratorHarness.AssertCompilesClean(GeneratorHarness.Run(source));
    }

    /// <summary>
    /// An obsolete parameter type: every reader, writer and invoker signature names it. (The user's own method
    /// signature warns too, which is the user's to handle; only the generated files are checked.)
    /// </summary>
    [Fact]
    public void ObsoleteParameterType()
    {
        const string source = """
            using System;
            using ToolGen;

            namespace P;

            [Obsolete]
            public sealed record Legacy(string Name);

            [Obsolete("Use Unit.")]
            public enum OldUnit { A, B }

            public partial class LegacyTools
            {
                [Tool]
                public string Echo(Legacy legacy, OldUnit unit = OldUnit.B) => legacy.Name;
            }
            """;

        GeneratorHarness.AssertCompilesClean(GeneratorHarness.Run(source), generatedOnly: true);
    }

    /// <summary>
    /// Enum members are written as constants cast to the enum; the literal must fit every underlying type, including
    /// the ends of <c>long</c> and <c>ulong</c> and negative values of small types.
    /// </summary>
    [Fact]
    public void EnumValuesOfEveryUnderlyingType()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public enum Huge : ulong { Zero = 0, Max = ulong.MaxValue }
            public enum Wide : long { Min = long.MinValue, Max = long.MaxValue }
            public enum Small : sbyte { Low = -128, High = 127 }
            public enum Unsigned : uint { Max = uint.MaxValue }
            public enum Int : int { Min = int.MinValue }

            public partial class RangeTools
            {
                [Tool]
                public Huge All(Huge huge, Wide wide, Small small, Unsigned unsigned, Int @int) => huge;
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratorHarness.AssertCompilesClean(run);
        var text = run.Sources.Values.Single();
        Assert.Contains("(global::P.Huge)18446744073709551615UL", text, StringComparison.Ordinal);
        Assert.Contains("(global::P.Wide)(-9223372036854775808L)", text, StringComparison.Ordinal);
        Assert.Contains("(global::P.Small)(-128)", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Names made from tool names and type names can meet: tools <c>find-it</c> and <c>find_it</c>, two types named
    /// <c>Query</c> in different namespaces, an object type and an enum with one name. Each helper still gets its own name.
    /// </summary>
    [Fact]
    public void HelperNamesThatWouldMeet()
    {
        const string source = """
            using ToolGen;

            namespace A { public sealed record Query(string Text); public enum Unit { C, F } }
            namespace B { public sealed record Query(int Count); public sealed record Unit(string Name); }

            namespace P
            {
                public partial class Tools
                {
                    [Tool("find-it")]
                    public string Find(A.Query query, A.Unit unit) => query.Text;

                    [Tool("find_it")]
                    public int Count(B.Query query, B.Unit unit) => query.Count;
                }
            }
            """;

        var run = GeneratorHarness.Run(source);
        GeneratorHarness.AssertCompilesClean(run);
        var text = run.Sources.Values.Single();
        Assert.Contains("Invoke_find_it(", text, StringComparison.Ordinal);
        Assert.Contains("Invoke_find_it_2(", text, StringComparison.Ordinal);
        Assert.Contains("ReadA_Query(", text, StringComparison.Ordinal);
        Assert.Contains("ReadB_Query(", text, StringComparison.Ordinal);
    }

    /// <summary>The user's type gains the contract (IToolSet, and IUtf8ToolSet explicitly) and one nested class; nothing else.</summary>
    [Fact]
    public void UserTypeGainsOnlyTheContractAndTheHelperClass()
    {
        const string source = """
            using ToolGen;

            namespace P;

            public partial class Tools
            {
                [Tool]
                public int Count(int start = 0) => start;
            }
            """;

        var run = GeneratorHarness.Run(source);
        var type = run.OutputCompilation.GetTypeByMetadataName("P.Tools")!;
        var members = type.GetMembers()
            .Where(m => !m.IsImplicitlyDeclared && m is not Microsoft.CodeAnalysis.IMethodSymbol { AssociatedSymbol: not null })
            .Select(m => m.Name)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(
            new[] { "Count", "InvokeAsync", GeneratedNames.HelperClass, "ToolDefinitions", "global::ToolGen.IToolSet.Definitions", "global::ToolGen.IUtf8ToolSet.InvokeUtf8Async", "global::ToolGen.IPreEncodedTools.GetPreEncodedPart", "global::ToolGen.IPreEncodedTools.PreEncodedToolCount" }.OrderBy(n => n, StringComparer.Ordinal),
            members);
    }

    private static Assembly Load(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var result = run.OutputCompilation.Emit(stream);
        Assert.True(result.Success, GeneratorHarness.Describe(result.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }
}
