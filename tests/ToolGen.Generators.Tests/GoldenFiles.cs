using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace ToolGen.Generators.Tests;

/// <summary>
/// Golden files without Verify, after dotnet/runtime's <c>Baselines/</c> pattern: the generated files of a test are
/// compared with <c>Baselines/&lt;TestName&gt;/&lt;HintName&gt;.txt</c>, first as a set of names, then line by line.
/// </summary>
/// <remarks>
/// Set <c>TOOLGEN_UPDATE_BASELINES=1</c> to rewrite a test's baselines from the actual output (stale files in its
/// folder are deleted) and pass; then review every diff before committing it.
/// </remarks>
internal static class GoldenFiles
{
    public const string UpdateVariable = "TOOLGEN_UPDATE_BASELINES";

    /// <summary>Stands for the generator's version in baselines, so that a release does not rewrite every golden file.</summary>
    public const string VersionPlaceholder = "%VERSION%";

    private const string Extension = ".txt";

    /// <summary>The version the generator writes into <c>[GeneratedCode("ToolGen", …)]</c>.</summary>
    public static string GeneratorVersion { get; } = typeof(ToolGenerator).Assembly.GetName().Version!.ToString(3);

    /// <summary>Whether this run rewrites baselines instead of comparing with them.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The checked-in <c>Baselines</c> folder, in the source tree (not the build output).</summary>
    public static string BaselinesDirectory { get; } = FindBaselinesDirectory();

    /// <summary>Compares the generated sources of <paramref name="result"/> with the baselines of <paramref name="testName"/>.</summary>
    public static void Verify(GeneratorDriverRunResult result, [CallerMemberName] string testName = "") =>
        Verify(result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal), testName);

    /// <summary>Compares <paramref name="actual"/> (hint name → text) with the baselines of <paramref name="testName"/>.</summary>
    public static void Verify(IReadOnlyDictionary<string, string> actual, [CallerMemberName] string testName = "") =>
        Verify(actual, testName, BaselinesDirectory, Updating);

    /// <summary>The comparison itself, against any baselines folder (tests of this helper use a temporary one).</summary>
    public static void Verify(IReadOnlyDictionary<string, string> actual, string testName, string baselinesDirectory, bool update)
    {
        if (string.IsNullOrEmpty(testName) || testName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{testName}' cannot name a baseline folder.", nameof(testName));
        }

        var directory = Path.Combine(baselinesDirectory, testName);
        if (update)
        {
            Update(directory, actual);
            return;
        }

        var expected = Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*" + Extension).ToDictionary(
                path => Path.GetFileName(path)[..^Extension.Length],
                path => WithVersion(File.ReadAllText(path, Encoding.UTF8)),
                StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

        var failures = new StringBuilder();
        var missing = expected.Keys.Except(actual.Keys, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var extra = actual.Keys.Except(expected.Keys, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToList();
        if (!Directory.Exists(directory))
        {
            failures.Append($"No baselines for test '{testName}' (expected folder {directory}).\n");
        }

        foreach (var name in missing)
        {
            failures.Append($"Missing: the generator did not produce '{name}', which has a baseline.\n");
        }

        foreach (var name in extra)
        {
            failures.Append($"Extra: the generator produced '{name}', which has no baseline.\n");
        }

        foreach (var name in expected.Keys.Intersect(actual.Keys, StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal))
        {
            if (FirstDifference(expected[name], actual[name]) is { } difference)
            {
                failures.Append($"Differs: '{name}' {difference}\n");
            }
        }

        if (failures.Length > 0)
        {
            failures.Append($"Baselines: {directory}\nIf the change is intended, rerun with {UpdateVariable}=1 and review the diff.");
            throw new XunitException($"Generated sources of '{testName}' do not match the baselines.\n{failures}");
        }
    }

    /// <summary>Text with every line ending as <c>\n</c>.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>The first line where the texts differ, described for a person; null when they are equal.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var expectedLines = Normalize(expected).Split('\n');
        var actualLines = Normalize(actual).Split('\n');
        var common = Math.Min(expectedLines.Length, actualLines.Length);
        for (var i = 0; i < common; i++)
        {
            if (!string.Equals(expectedLines[i], actualLines[i], StringComparison.Ordinal))
            {
                return $"at line {i + 1}:\n  expected: {Show(expectedLines[i])}\n  actual:   {Show(actualLines[i])}";
            }
        }

        if (expectedLines.Length != actualLines.Length)
        {
            var line = common + 1;
            return expectedLines.Length > actualLines.Length
                ? $"at line {line}: the actual text ends; expected more lines, starting with:\n  expected: {Show(expectedLines[common])}"
                : $"at line {line}: the actual text goes on; expected it to end, got:\n  actual:   {Show(actualLines[common])}";
        }

        return null;
    }

    /// <summary>Generated text as a baseline holds it: the version in <c>[GeneratedCode]</c> replaced by <see cref="VersionPlaceholder"/>.</summary>
    public static string WithPlaceholder(string text) =>
        text.Replace(GeneratedCodeArguments(GeneratorVersion), GeneratedCodeArguments(VersionPlaceholder), StringComparison.Ordinal);

    /// <summary>A baseline as the generator of this build writes it: <see cref="VersionPlaceholder"/> replaced by the version.</summary>
    public static string WithVersion(string text) =>
        text.Replace(GeneratedCodeArguments(VersionPlaceholder), GeneratedCodeArguments(GeneratorVersion), StringComparison.Ordinal);

    private static string GeneratedCodeArguments(string version) => "GeneratedCode(\"ToolGen\", \"" + version + "\")";

    private static string Show(string line) => "«" + line + "»";

    private static void Update(string directory, IReadOnlyDictionary<string, string> actual)
    {
        Directory.CreateDirectory(directory);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (hintName, text) in actual)
        {
            var path = Path.Combine(directory, hintName + Extension);
            keep.Add(Path.GetFullPath(path));
            var normalized = WithPlaceholder(Normalize(text));
            if (!File.Exists(path) || File.ReadAllText(path, Encoding.UTF8) != normalized)
            {
                File.WriteAllText(path, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
        }

        foreach (var stale in Directory.GetFiles(directory))
        {
            if (!keep.Contains(Path.GetFullPath(stale)))
            {
                File.Delete(stale);
            }
        }
    }

    private static string FindBaselinesDirectory()
    {
        // Written by the csproj: the project directory at build time.
        var projectDirectory = typeof(GoldenFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ToolGen.Generators.Tests.ProjectDirectory")?.Value;
        if (projectDirectory is null || !Directory.Exists(projectDirectory))
        {
            // Fallback: this file's own folder, as the compiler saw it.
            projectDirectory = Path.GetDirectoryName(ThisFilePath());
        }

        if (projectDirectory is null || !Directory.Exists(projectDirectory))
        {
            throw new InvalidOperationException("Cannot find the test project's source directory, where Baselines/ lives.");
        }

        return Path.Combine(projectDirectory, "Baselines");
    }

    private static string ThisFilePath([CallerFilePath] string path = "") => path;
}
