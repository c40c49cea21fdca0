using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Analyzers;

namespace ToolGen.Analyzers.Tests;

/// <summary>Every rule has its help page, its row in the diagnostics index, release tracking and the design table, with one severity.</summary>
public class DescriptorTests
{
    private static readonly string s_root = FindRepositoryRoot();

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in new ToolAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct())
        {
            data.Add(id);
        }

        return data;
    }

    [Fact]
    public void The_analyzer_supports_every_rule_of_the_design_table()
    {
        var design = File.ReadAllText(Path.Combine(s_root, "docs", "design.md"));
        var tableIds = Regex.Matches(design, @"^\| (TG\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        Assert.Equal(tableIds.Order(), new ToolAnalyzer().SupportedDiagnostics.Select(d => d.Id).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_a_help_page_that_shows_how_to_configure_it(string id)
    {
        var descriptor = new ToolAnalyzer().SupportedDiagnostics.First(d => d.Id == id);
        Assert.Equal($"https://github.com/toolgen/toolgen/blob/main/docs/diagnostics/{id}.md", descriptor.HelpLinkUri);
        var page = File.ReadAllText(Path.Combine(s_root, "docs", "diagnostics", id + ".md"));
        Assert.StartsWith($"# {id}: {descriptor.Title}", page, StringComparison.Ordinal);
        Assert.Contains($"| Severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"dotnet_diagnostic.{id}.severity", page, StringComparison.Ordinal);
        Assert.Contains("## Example", page, StringComparison.Ordinal);
        Assert.Contains("## How to fix it", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_rule_has_one_severity_everywhere(string id)
    {
        var severity = new ToolAnalyzer().SupportedDiagnostics.Where(d => d.Id == id).Select(d => d.DefaultSeverity).Distinct().Single();
        Assert.True(new ToolAnalyzer().SupportedDiagnostics.Where(d => d.Id == id).All(d => d.IsEnabledByDefault));

        var design = File.ReadAllText(Path.Combine(s_root, "docs", "design.md"));
        Assert.Matches($@"\| {id} \| {severity.ToString().ToLowerInvariant()} \|", design);

        var index = File.ReadAllText(Path.Combine(s_root, "docs", "diagnostics", "README.md"));
        Assert.Contains($"| [{id}]({id}.md) | {severity} |", index, StringComparison.Ordinal);

        var releases = File.ReadAllText(Path.Combine(s_root, "src", "ToolGen.Generators", "AnalyzerReleases.Unshipped.md"));
        Assert.Matches($@"(?m)^{id} \| ToolGen \| {severity} \|", releases);
    }

    [Fact]
    public void Error_rules_are_exactly_the_ones_that_leave_a_tool_out()
    {
        // ToolProblem.IsError is what the generator asks; it must follow the descriptors' default severity.
        foreach (var descriptor in new ToolAnalyzer().SupportedDiagnostics)
        {
            var problem = new ToolProblem(descriptor, Location.None);
            Assert.Equal(descriptor.DefaultSeverity == DiagnosticSeverity.Error, problem.IsError);
        }
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
