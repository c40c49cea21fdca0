using ToolGen.Generators.Analyzers;

namespace ToolGen.Analyzers.Tests;

/// <summary>The answer analyzer's rules have their help page, index row and release entry, as the tool analyzer's do.</summary>
public class AnswerDescriptorTests
{
    public static TheoryData<string> Ids() => new(new AnswerAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct());

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_its_page_index_row_and_release_entry(string id)
    {
        var root = FindRepositoryRoot();
        var descriptor = new AnswerAnalyzer().SupportedDiagnostics.First(d => d.Id == id);
        Assert.Equal($"https://github.com/toolgen/toolgen/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page, StringComparison.Ordinal);
        Assert.Contains("## Example", page, StringComparison.Ordinal);
        Assert.Contains("## How to fix it", page, StringComparison.Ordinal);

        var index = File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} |", index, StringComparison.Ordinal);
        var releases = File.ReadAllText(Path.Combine(root, "src", "ToolGen.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches($@"(?m)^{id} \| ToolGen \| {descriptor.DefaultSeverity} \|", releases);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ToolGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ToolGen.sln not found above " + AppContext.BaseDirectory);
    }
}
