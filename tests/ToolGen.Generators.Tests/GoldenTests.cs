using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ToolGen.Generators.Tests;

/// <summary>
/// One test per supported shape: the generated files must match the checked-in baselines
/// (<c>Baselines/&lt;Test&gt;/&lt;Hint&gt;.txt</c>; regenerate with <c>TOOLGEN_UPDATE_BASELINES=1</c>) and compile with no
/// warning under C# 10, nullable enabled. The same sources are then compiled under other user settings.
/// </summary>
public sealed class GoldenTests
{
    [Fact]
    public void StringCharBool() => VerifyCase(GoldenCases.StringCharBool);

    [Fact]
    public void StructuredOutputs() => VerifyCase(GoldenCases.StructuredOutputs);

    [Fact]
    public void IntegerTypes() => VerifyCase(GoldenCases.IntegerTypes);

    [Fact]
    public void FloatingPoint() => VerifyCase(GoldenCases.FloatingPoint);

    [Fact]
    public void Enums() => VerifyCase(GoldenCases.Enums);

    [Fact]
    public void Nullables() => VerifyCase(GoldenCases.Nullables);

    [Fact]
    public void Collections() => VerifyCase(GoldenCases.Collections);

    [Fact]
    public void DefaultValues() => VerifyCase(GoldenCases.DefaultValues);

    [Fact]
    public void CancellationTokens() => VerifyCase(GoldenCases.CancellationTokens);

    [Fact]
    public void ReturnTypes() => VerifyCase(GoldenCases.ReturnTypes);

    [Fact]
    public void StaticAndInstance() => VerifyCase(GoldenCases.StaticAndInstance);

    [Fact]
    public void StaticClass() => VerifyCase(GoldenCases.StaticClass);

    [Fact]
    public void StructAndRecord() => VerifyCase(GoldenCases.StructAndRecord);

    [Fact]
    public void GlobalNamespace() => VerifyCase(GoldenCases.GlobalNamespace);

    [Fact]
    public void NestedTypes() => VerifyCase(GoldenCases.NestedTypes);

    [Fact]
    public void KeywordNames() => VerifyCase(GoldenCases.KeywordNames);

    [Fact]
    public void Descriptions() => VerifyCase(GoldenCases.Descriptions);

    [Fact]
    public void ToolAttributeOptions() => VerifyCase(GoldenCases.ToolAttributeOptions);

    [Fact]
    public void DefaultNames() => VerifyCase(GoldenCases.DefaultNames);

    [Fact]
    public void Objects() => VerifyCase(GoldenCases.Objects);

    [Fact]
    public void Recursive() => VerifyCase(GoldenCases.Recursive);

    [Fact]
    public void Maps() => VerifyCase(GoldenCases.Maps);

    [Fact]
    public void Formats() => VerifyCase(GoldenCases.Formats);

    [Fact]
    public void FlagsAndFreeJson() => VerifyCase(GoldenCases.FlagsAndFreeJson);

    [Fact]
    public void Validation() => VerifyCase(GoldenCases.Validation);

    [Fact]
    public void SpecialParameters() => VerifyCase(GoldenCases.SpecialParameters);

    [Fact]
    public void NamingOptions() => VerifyCase(GoldenCases.NamingOptions);

    /// <summary>User settings besides the golden one (C# 10, nullable enabled, doc comments parsed).</summary>
    private static readonly IReadOnlyDictionary<string, CompilationSettings> s_variants = new Dictionary<string, CompilationSettings>(StringComparer.Ordinal)
    {
        ["CSharp10-NullableDisabled"] = new(LanguageVersion.CSharp10, NullableContextOptions.Disable),
        ["CSharp10-NullableAnnotationsOnly"] = new(LanguageVersion.CSharp10, NullableContextOptions.Annotations),
        ["Latest-NullableEnabled"] = new(LanguageVersion.Latest, NullableContextOptions.Enable),
        ["Latest-NullableDisabled"] = new(LanguageVersion.Latest, NullableContextOptions.Disable),
        ["Latest-DocumentationFile"] = new(LanguageVersion.Latest, NullableContextOptions.Enable, DocumentationMode.Diagnose),
    };

    public static TheoryData<string, string> CasesAndVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in GoldenCases.All.Keys)
        {
            foreach (var variant in s_variants.Keys)
            {
                data.Add(name, variant);
            }
        }

        return data;
    }

    /// <summary>
    /// Every golden case also compiles warning-free under other user settings. Only the generated files are checked
    /// where the settings give the user's own source warnings by design (<c>string?</c> with nullable disabled is
    /// CS8632; undocumented public members with a documentation file are CS1591).
    /// </summary>
    [Theory]
    [MemberData(nameof(CasesAndVariants))]
    public void CompilesCleanUnder(string caseName, string variant)
    {
        var settings = s_variants[variant];
        var run = GeneratorHarness.Run(GoldenCases.All[caseName], settings);
        Assert.NotEmpty(run.GeneratedTrees);
        var userSourceHasOwnWarnings = settings.Nullable != NullableContextOptions.Enable || settings.Documentation == DocumentationMode.Diagnose;
        GeneratorHarness.AssertCompilesClean(run, generatedOnly: userSourceHasOwnWarnings);

        if (settings.Nullable == NullableContextOptions.Enable)
        {
            // The output depends on the model only, not on the user's language version or documentation mode.
            var golden = GeneratorHarness.Run(GoldenCases.All[caseName]);
            Assert.Equal(golden.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void EveryCaseHasAGoldenTest()
    {
        var tests = typeof(GoldenTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.GetCustomAttributes<FactAttribute>().Any(a => a is not TheoryAttribute) && m.ReturnType == typeof(void) && m.GetParameters().Length == 0)
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        var missing = GoldenCases.All.Keys.Where(name => !tests.Contains(name)).ToList();
        Assert.True(missing.Count == 0, "Golden cases without a golden test of the same name: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryBaselineFolderBelongsToACase()
    {
        Assert.True(Directory.Exists(GoldenFiles.BaselinesDirectory), "No baselines folder at " + GoldenFiles.BaselinesDirectory);
        var stale = Directory.GetDirectories(GoldenFiles.BaselinesDirectory)
            .Select(Path.GetFileName)
            .Where(name => !GoldenCases.All.ContainsKey(name!))
            .ToList();
        Assert.True(stale.Count == 0, "Baseline folders with no golden case (delete them): " + string.Join(", ", stale));
    }

    /// <summary>
    /// The cases whose output holds numbers (defaults, bounds, enum values), generated while the process culture writes
    /// a comma as the decimal separator and a non-ASCII minus: the output must match the same baselines byte for byte.
    /// </summary>
    [Theory]
    [InlineData("de-DE")]
    [InlineData("sv-SE")]
    public void OutputDoesNotDependOnTheCulture(string culture)
    {
        var saved = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
            VerifyCase(GoldenCases.FloatingPoint, nameof(FloatingPoint));
            VerifyCase(GoldenCases.DefaultValues, nameof(DefaultValues));
            VerifyCase(GoldenCases.IntegerTypes, nameof(IntegerTypes));
            VerifyCase(GoldenCases.Validation, nameof(Validation));
            VerifyCase(GoldenCases.Enums, nameof(Enums));
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static void VerifyCase(string source, [CallerMemberName] string testName = "")
    {
        var run = GeneratorHarness.Run(source);
        GoldenFiles.Verify(run.Result, testName);
        GeneratorHarness.AssertCompilesClean(run);
    }
}
