using System.Text;

namespace ToolGen.Benchmarks.AnalyzerCost;

/// <summary>
/// A project of <c>types</c> partial classes with <c>toolsPerType</c> documented tools each, one file per type. The
/// tools mix what real ones take: text, numbers with defaults (TG0010 notes), enums, lists, a record holding a nested
/// object, and one open map per type (a TG0011 note), so the analyzer walks objects and reports something.
/// </summary>
internal static class SyntheticProject
{
    public const string Shared = """
        namespace Bench;

        /// <summary>Sort order.</summary>
        public enum Order { Newest, Oldest, Relevance }

        /// <summary>A date range.</summary>
        /// <param name="From">Start.</param>
        /// <param name="To">End.</param>
        public record Range(System.DateOnly From, System.DateOnly To);

        /// <summary>What to look for.</summary>
        public class Query
        {
            /// <summary>Words.</summary>
            public string Text { get; set; } = "";

            /// <summary>When.</summary>
            public Range? Dates { get; set; }

            /// <summary>Tags.</summary>
            public System.Collections.Generic.List<string> Tags { get; set; } = new();
        }
        """;

    public static IEnumerable<(string Path, string Text)> Files(int types, int toolsPerType)
    {
        yield return ("Shared.cs", Shared);
        for (var t = 0; t < types; t++)
        {
            yield return ($"Tools{t}.cs", Type(t, toolsPerType));
        }
    }

    private static string Type(int index, int tools)
    {
        var text = new StringBuilder();
        text.Append("using System.Collections.Generic;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing ToolGen;\n\nnamespace Bench;\n\n");
        text.Append($"/// <summary>Tool set {index}.</summary>\npublic partial class Tools{index}\n{{\n");
        for (var i = 0; i < tools; i++)
        {
            text.Append($"    /// <summary>Tool {i} of set {index}.</summary>\n");
            switch (i % 5)
            {
                case 0:
                    text.Append("    /// <param name=\"text\">Words.</param>\n    /// <param name=\"limit\">How many.</param>\n");
                    text.Append($"    [Tool]\n    public string Search{i}(string text, int limit = 10) => text;\n\n");
                    break;
                case 1:
                    text.Append("    /// <param name=\"query\">What.</param>\n    /// <param name=\"order\">Order.</param>\n");
                    text.Append($"    [Tool]\n    public Task<List<string>> Find{i}Async(Query query, Order order, CancellationToken ct) => Task.FromResult(query.Tags);\n\n");
                    break;
                case 2:
                    text.Append("    /// <param name=\"ids\">Ids.</param>\n    /// <param name=\"dates\">When.</param>\n");
                    text.Append($"    [Tool(\"get_{index}_{i}\")]\n    public Range? Get{i}(long[] ids, Range? dates) => dates;\n\n");
                    break;
                case 3:
                    text.Append("    /// <param name=\"flag\">On or off.</param>\n    /// <param name=\"ratio\">Ratio.</param>\n    /// <param name=\"note\">Note.</param>\n");
                    text.Append($"    [Tool]\n    public static void Set{i}(bool flag, double ratio, string? note = null) {{ }}\n\n");
                    break;
                default:
                    text.Append("    /// <param name=\"counts\">Per tag.</param>\n");
                    text.Append(i == 4
                        ? $"    [Tool]\n    public int Count{i}(Dictionary<string, int> counts) => counts.Count;\n\n"
                        : $"    [Tool]\n    public int Count{i}(IReadOnlyList<int> counts) => counts.Count;\n\n");
                    break;
            }
        }

        text.Append("}\n");
        return text.ToString();
    }
}
