using System.Collections;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ToolGen.Generators.Model;
using Xunit.Sdk;

namespace ToolGen.Generators.Tests;

/// <summary>
/// The pipeline caches: a run with no change, or after an edit that does not touch a tool's model, leaves every
/// tracked step Cached or Unchanged and the source output Cached; and the models hold no Roslyn object.
/// </summary>
public sealed class IncrementalTests
{
    /// <summary>Every tracked step, in pipeline order (see <see cref="TrackingNamesAreAllCovered"/>).</summary>
    private static readonly string[] s_allSteps =
    {
        TrackingNames.ToolMethods,
        TrackingNames.ValidToolMethods,
        TrackingNames.AllToolMethods,
        TrackingNames.ToolSets,
        TrackingNames.AnswerTypes,
        TrackingNames.ValidAnswerTypes,
    };

    /// <summary>The steps after the per-method parse, which must not even see an edit that leaves the models equal.</summary>
    private static readonly string[] s_stepsFromValidToolMethods =
    {
        TrackingNames.ValidToolMethods,
        TrackingNames.AllToolMethods,
        TrackingNames.ToolSets,
        TrackingNames.ValidAnswerTypes,
    };

    private const string ToolSource = """
        using System.Collections.Generic;
        using System.ComponentModel;
        using System.Threading;
        using System.Threading.Tasks;
        using ToolGen;

        namespace Travel;

        public enum Cabin
        {
            Economy,
            Business,
        }

        public partial class Agency
        {
            /// <summary>Flight tools.</summary>
            public partial class FlightTools
            {
                private int _searches;

                /// <summary>Searches flights between two airports.</summary>
                /// <param name="from">Departure airport code.</param>
                [Tool]
                public async Task<string[]> SearchFlightsAsync(string from, [Description("Arrival airport code.")] string to, Cabin cabin = Cabin.Economy, List<int?>? days = null, CancellationToken cancellationToken = default)
                {
                    _searches++;
                    await Task.Delay(1, cancellationToken);
                    return new[] { from + "-" + to };
                }

                [Tool("book", Description = "Books a flight.", RequiresApproval = true)]
                public static decimal Book(string flight, int seats = 1) => 99.5m * seats;

                [Tool]
                public void Invalid(ref int x)
                {
                }

                public int Searches() => _searches;
            }
        }

        /// <summary>What a search found.</summary>
        [StructuredOutput]
        public partial record SearchSummary(string Best, Cabin Cabin, List<int>? Prices = null);

        public static partial class UnitTools
        {
            [Tool]
            public static double Convert(double value, float factor = 1.5f) => value * factor;
        }
        """;

    private const string OtherSource = """
        namespace Travel;

        public class Calculator
        {
            public int Add(int a, int b)
            {
                return a + b;
            }
        }
        """;

    [Fact]
    public void TrackingNamesAreAllCovered()
    {
        var declared = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(declared, s_allSteps.OrderBy(n => n, StringComparer.Ordinal));

        // Each name is really used by the pipeline, so that the caching assertions below are not vacuous.
        var run = GeneratorHarness.Run(new[] { ToolSource, OtherSource });
        foreach (var step in s_allSteps)
        {
            Assert.True(run.Generator.TrackedSteps.ContainsKey(step), $"The pipeline has no step tracked as '{step}'.");
        }

        Assert.True(run.Generator.TrackedOutputSteps.ContainsKey(WellKnownGeneratorOutputs.SourceOutput));
        Assert.Equal(2, run.ToolSets.Count);
    }

    [Fact]
    public void SecondRunWithNoChangeIsCached()
    {
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });

        var second = GeneratorHarness.Run(first.Driver, first.InputCompilation);

        AssertSteps(second, s_allSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void NewCompilationWithNoChangeIsCached()
    {
        // What the IDE does on every keystroke: a new compilation object, even when nothing a generator reads changed.
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });

        var second = GeneratorHarness.Run(first.Driver, first.InputCompilation.Clone());

        AssertSteps(second, s_allSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void AddingAnUnrelatedFileIsCached()
    {
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });
        var added = CSharpSyntaxTree.ParseText(
            "namespace Travel.Extra; public class Unrelated { public string Name { get; set; } = \"\"; }",
            (CSharpParseOptions)first.InputCompilation.SyntaxTrees[0].Options,
            path: "Unrelated.cs");

        var second = GeneratorHarness.Run(first.Driver, first.InputCompilation.AddSyntaxTrees(added));

        AssertSteps(second, s_stepsFromValidToolMethods, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertSteps(second, s_allSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingANonToolMethodBodyInAnotherFileIsCached()
    {
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });

        var second = GeneratorHarness.Run(first.Driver, Edit(first.InputCompilation, treeIndex: 1, "return a + b;", "return b + a + 0;"));

        AssertSteps(second, s_stepsFromValidToolMethods, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertSteps(second, s_allSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingANonToolMethodInTheToolFileIsCached()
    {
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });

        var second = GeneratorHarness.Run(first.Driver, Edit(first.InputCompilation, treeIndex: 0, "public int Searches() => _searches;", "public int Searches() => _searches + 0; // edited"));

        AssertSteps(second, s_stepsFromValidToolMethods, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertSteps(second, s_allSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void EditingAToolMethodBodyLeavesTheOutputCached()
    {
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });

        var second = GeneratorHarness.Run(first.Driver, Edit(first.InputCompilation, treeIndex: 0, "return new[] { from + \"-\" + to };", "return new[] { to + \"<-\" + from };"));

        // The edit was seen: the tool was parsed again, into an equal model.
        Assert.Contains(Outputs(second, TrackingNames.ToolMethods), o => o.Reason == IncrementalStepRunReason.Unchanged);
        AssertSteps(second, s_allSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertOutputs(second, IncrementalStepRunReason.Cached);
    }

    /// <summary>A control for the tests above: an edit that changes a model does reach the output.</summary>
    [Fact]
    public void EditingAToolDescriptionRegeneratesItsSet()
    {
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });

        var second = GeneratorHarness.Run(first.Driver, Edit(first.InputCompilation, treeIndex: 0, "Searches flights between two airports.", "Searches direct flights."));

        Assert.Contains(Outputs(second, TrackingNames.ToolMethods), o => o.Reason == IncrementalStepRunReason.Modified);
        var toolSets = Outputs(second, TrackingNames.ToolSets).ToList();
        Assert.Contains(toolSets, o => o.Reason == IncrementalStepRunReason.Modified && ((ToolSetModel)o.Value).Header.FullyQualifiedName == "global::Travel.Agency.FlightTools");
        Assert.Contains(toolSets, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged && ((ToolSetModel)o.Value).Header.FullyQualifiedName == "global::Travel.UnitTools");
        Assert.Contains("Searches direct flights.", second.Sources["Travel.Agency.FlightTools.Tools.g.cs"], StringComparison.Ordinal);
    }

    /// <summary>
    /// The read step re-runs for every tool on each new compilation, and the per-compilation caches never outlive
    /// their compilation: an edit to a record declared in another file (no tool file changed) reaches the schema.
    /// </summary>
    [Fact]
    public void EditingARecordInAnotherFileChangesTheSchema()
    {
        const string tools = """
            using ToolGen;

            namespace Shop;

            public partial class OrderTools
            {
                [Tool]
                public int Place(Order order) => order.Quantity;
            }
            """;
        const string record = """
            namespace Shop;

            /// <param name="Quantity">How many.</param>
            public sealed record Order(string Sku, int Quantity);
            """;
        var first = GeneratorHarness.Run(new[] { tools, record });
        Assert.DoesNotContain("giftWrap", first.Sources.Values.Single(), StringComparison.Ordinal);

        var second = GeneratorHarness.Run(first.Driver, Edit(first.InputCompilation, treeIndex: 1, "int Quantity)", "int Quantity, bool GiftWrap = false)"));

        Assert.Contains(Outputs(second, TrackingNames.ToolSets), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("giftWrap", second.Sources.Values.Single(), StringComparison.Ordinal);
        GeneratorHarness.AssertCompilesClean(second);
    }

    [Fact]
    public void EquivalentSourcesGiveEqualModels()
    {
        var first = GeneratorHarness.Run(new[] { ToolSource, OtherSource });
        var reformatted = ToolSource
            .Replace("    ", "\t", StringComparison.Ordinal)
            .Replace("_searches++;", "_searches += 1; // a different body", StringComparison.Ordinal);
        var second = GeneratorHarness.Run(new[] { "// a comment first\n" + reformatted, OtherSource });

        Assert.Equal(2, first.ToolSets.Count);
        Assert.Equal(first.ToolSets, second.ToolSets);
        Assert.Equal(first.ToolSets.Select(m => m.GetHashCode()), second.ToolSets.Select(m => m.GetHashCode()));
    }

    /// <summary>
    /// Walks the object graph of every value each tracked step produced: no field may hold an <see cref="ISymbol"/>,
    /// <see cref="SyntaxNode"/>, <see cref="Location"/>, <see cref="Compilation"/> or <see cref="SemanticModel"/> (or
    /// their kin), and collections must be <see cref="EquatableArray{T}"/>, or equality (hence caching) breaks.
    /// </summary>
    [Fact]
    public void ModelsHoldNoRoslynObjects()
    {
        var run = GeneratorHarness.Run(new[] { ToolSource, GoldenCases.Enums, GoldenCases.Collections, GoldenCases.DefaultValues, GoldenCases.NestedTypes });
        var walker = new ModelWalker();

        foreach (var step in s_allSteps)
        {
            var outputs = Outputs(run, step).ToList();
            Assert.NotEmpty(outputs);
            foreach (var (value, _) in outputs)
            {
                // Collect() hands the next step an ImmutableArray of models: Roslyn's container, not a model.
                if (step == TrackingNames.AllToolMethods && value is IEnumerable items)
                {
                    var i = 0;
                    foreach (var item in items)
                    {
                        walker.Walk(item, $"{step}[{i++}]");
                    }
                }
                else
                {
                    walker.Walk(value, step);
                }
            }
        }

        Assert.True(walker.Problems.Count == 0, "Pipeline models must be value-equatable data only:\n" + string.Join("\n", walker.Problems));

        // The walk reached every kind of model, so a field added to any of them is checked.
        var expected = new[]
        {
            typeof(ToolSetModel), typeof(ToolSetHeader), typeof(ContainingTypeModel), typeof(ToolMethodModel), typeof(ToolModel),
            typeof(ParameterModel), typeof(DefaultValueModel), typeof(ReturnModel), typeof(TypeModel), typeof(EnumModel), typeof(EnumMemberModel),
        };
        var notReached = expected.Where(t => !walker.Visited.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(notReached.Count == 0, "The walk did not reach: " + string.Join(", ", notReached));
    }

    [Fact]
    public void ModelWalkerFindsRoslynObjectsAndMutableCollections()
    {
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var walker = new ModelWalker();

        walker.Walk(new Holder("ok", tree.GetRoot().GetLocation(), new List<string> { "a" }, new[] { 1 }, tree.GetRoot()), "root");

        Assert.Contains(walker.Problems, p => p.StartsWith("root.<Where>k__BackingField", StringComparison.Ordinal) && p.Contains("Location", StringComparison.Ordinal));
        Assert.Contains(walker.Problems, p => p.StartsWith("root.<Names>k__BackingField", StringComparison.Ordinal) && p.Contains("collection", StringComparison.Ordinal));
        Assert.Contains(walker.Problems, p => p.StartsWith("root.<Numbers>k__BackingField", StringComparison.Ordinal) && p.Contains("collection", StringComparison.Ordinal));
        Assert.Contains(walker.Problems, p => p.StartsWith("root.<Node>k__BackingField", StringComparison.Ordinal) && p.Contains("SyntaxNode", StringComparison.Ordinal));
        Assert.Equal(4, walker.Problems.Count);
    }

    private sealed record Holder(string Text, object Where, List<string> Names, int[] Numbers, object Node);

    private static CSharpCompilation Edit(CSharpCompilation compilation, int treeIndex, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees[treeIndex];
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        var edited = tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText, StringComparison.Ordinal), Encoding.UTF8));
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string step) =>
        run.Generator.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs)
            : throw new XunitException($"No step tracked as '{step}' in this run.");

    private static void AssertSteps(GeneratorRun run, IEnumerable<string> steps, params IncrementalStepRunReason[] allowed)
    {
        var problems = new List<string>();
        foreach (var step in steps)
        {
            foreach (var (value, reason) in Outputs(run, step))
            {
                if (!allowed.Contains(reason))
                {
                    problems.Add($"  {step}: {reason} — {Describe(value)}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"Steps that ran again though their input did not change (allowed: {string.Join(", ", allowed)}):\n" + string.Join("\n", problems));
    }

    private static void AssertOutputs(GeneratorRun run, params IncrementalStepRunReason[] allowed)
    {
        var outputs = run.Generator.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        var problems = outputs.Where(o => !allowed.Contains(o.Reason)).Select(o => $"  {o.Reason} — {Describe(o.Value)}").ToList();
        Assert.True(problems.Count == 0, $"Source outputs that were produced again (allowed: {string.Join(", ", allowed)}):\n" + string.Join("\n", problems));
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        ToolSetModel set => set.HintName,
        ToolMethodModel method => method.Header.FullyQualifiedName + "." + method.Tool.MethodName,
        _ => value.GetType().Name,
    };

    /// <summary>Walks an object graph through its fields and lists what a pipeline model must not hold.</summary>
    private sealed class ModelWalker
    {
        private static readonly Type[] s_forbidden =
        {
            typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SyntaxToken), typeof(SyntaxTrivia), typeof(SyntaxReference),
            typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AttributeData), typeof(IOperation),
            typeof(Diagnostic), typeof(TypedConstant), typeof(Microsoft.CodeAnalysis.Text.SourceText),
        };

        private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

        public List<string> Problems { get; } = new();

        public HashSet<Type> Visited { get; } = new();

        public void Walk(object? value, string path) => Walk(value, path, owner: null);

        private void Walk(object? value, string path, Type? owner)
        {
            if (value is null)
            {
                return;
            }

            var type = value.GetType();
            if (s_forbidden.FirstOrDefault(f => f.IsAssignableFrom(type)) is { } forbidden)
            {
                Problems.Add($"{path}: holds a {forbidden.Name} ({type.FullName})");
                return;
            }

            if (type.IsPrimitive || type.IsEnum || value is string or decimal)
            {
                return;
            }

            if (!type.IsValueType && !_seen.Add(value))
            {
                return;
            }

            Visited.Add(type);
            var isEquatableArray = owner is { IsGenericType: true } && owner.GetGenericTypeDefinition() == typeof(EquatableArray<>);
            if (value is IEnumerable items && !IsEquatableArray(type))
            {
                if (!isEquatableArray)
                {
                    Problems.Add($"{path}: a collection compared by reference ({type.Name}); use EquatableArray<T>");
                }

                var i = 0;
                foreach (var item in items)
                {
                    Walk(item, $"{path}[{i++}]", owner: null);
                }

                return;
            }

            for (var declaring = type; declaring is not null && declaring != typeof(object) && declaring != typeof(ValueType); declaring = declaring.BaseType)
            {
                foreach (var field in declaring.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    Walk(field.GetValue(value), path + "." + field.Name, owner: type);
                }
            }
        }

        private static bool IsEquatableArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);
    }
}
