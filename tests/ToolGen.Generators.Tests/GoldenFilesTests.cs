using Xunit.Sdk;

namespace ToolGen.Generators.Tests;

/// <summary>The golden-file helper reports what a person needs to see, and its update switch leaves no stale file.</summary>
public sealed class GoldenFilesTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "toolgen-golden-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void MatchingFilesPass()
    {
        Write("Case", "A.Tools.g.cs", "line 1\nline 2\n");
        GoldenFiles.Verify(Files(("A.Tools.g.cs", "line 1\r\nline 2\r\n")), "Case", _root, update: false);
    }

    [Fact]
    public void MissingAndExtraFilesAreNamed()
    {
        Write("Case", "A.Tools.g.cs", "a\n");
        var error = Assert.Throws<XunitException>(() => GoldenFiles.Verify(Files(("B.Tools.g.cs", "a\n")), "Case", _root, update: false));
        Assert.Contains("Missing: the generator did not produce 'A.Tools.g.cs'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Extra: the generator produced 'B.Tools.g.cs'", error.Message, StringComparison.Ordinal);
        Assert.Contains(GoldenFiles.UpdateVariable + "=1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstDifferingLineIsShown()
    {
        Write("Case", "A.Tools.g.cs", "same\nexpected line\nmore\n");
        var error = Assert.Throws<XunitException>(() => GoldenFiles.Verify(Files(("A.Tools.g.cs", "same\nactual line\nmore\n")), "Case", _root, update: false));
        Assert.Contains("'A.Tools.g.cs' at line 2:", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected: «expected line»", error.Message, StringComparison.Ordinal);
        Assert.Contains("actual:   «actual line»", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentLengthsAreShown()
    {
        Assert.Equal("at line 2: the actual text goes on; expected it to end, got:\n  actual:   «b»", GoldenFiles.FirstDifference("a", "a\nb"));
        Assert.Equal("at line 2: the actual text ends; expected more lines, starting with:\n  expected: «b»", GoldenFiles.FirstDifference("a\nb", "a"));
        Assert.Null(GoldenFiles.FirstDifference("a\r\nb\r\n", "a\nb\n"));
    }

    [Fact]
    public void NoBaselinesFails()
    {
        var error = Assert.Throws<XunitException>(() => GoldenFiles.Verify(Files(("A.Tools.g.cs", "a\n")), "Nothing", _root, update: false));
        Assert.Contains("No baselines for test 'Nothing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateRewritesAndDeletesStaleFiles()
    {
        Write("Case", "Old.Tools.g.cs", "old\n");
        Write("Case", "A.Tools.g.cs", "before\n");
        GoldenFiles.Verify(Files(("A.Tools.g.cs", "after\r\n"), ("B.Tools.g.cs", "new\n")), "Case", _root, update: true);

        var folder = Path.Combine(_root, "Case");
        Assert.Equal(new[] { "A.Tools.g.cs.txt", "B.Tools.g.cs.txt" }, Directory.GetFiles(folder).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal("after\n", File.ReadAllText(Path.Combine(folder, "A.Tools.g.cs.txt")));
        GoldenFiles.Verify(Files(("A.Tools.g.cs", "after\n"), ("B.Tools.g.cs", "new\n")), "Case", _root, update: false);
    }

    [Fact]
    public void VersionIsAPlaceholderInBaselines()
    {
        var generated = $"[global::System.CodeDom.Compiler.GeneratedCode(\"ToolGen\", \"{GoldenFiles.GeneratorVersion}\")]\n";
        GoldenFiles.Verify(Files(("A.Tools.g.cs", generated)), "Case", _root, update: true);

        var baseline = File.ReadAllText(Path.Combine(_root, "Case", "A.Tools.g.cs.txt"));
        Assert.Equal("[global::System.CodeDom.Compiler.GeneratedCode(\"ToolGen\", \"%VERSION%\")]\n", baseline);
        GoldenFiles.Verify(Files(("A.Tools.g.cs", generated)), "Case", _root, update: false);
        Assert.Matches(@"^\d+\.\d+\.\d+$", GoldenFiles.GeneratorVersion);
    }

    [Fact]
    public void BaselinesAreFoundInTheSourceTree()
    {
        Assert.True(File.Exists(Path.Combine(GoldenFiles.BaselinesDirectory, "..", "ToolGen.Generators.Tests.csproj")), GoldenFiles.BaselinesDirectory);
    }

    private void Write(string test, string hintName, string text)
    {
        var folder = Path.Combine(_root, test);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, hintName + ".txt"), text);
    }

    private static Dictionary<string, string> Files(params (string HintName, string Text)[] files) =>
        files.ToDictionary(f => f.HintName, f => f.Text, StringComparer.Ordinal);
}
