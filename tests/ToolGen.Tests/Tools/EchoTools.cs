using System;
using System.Globalization;
using ToolGen;

namespace ToolGen.Tests.Tools;

public enum Priority
{
    Low,
    Normal,
    High,
}

/// <summary>Tools that hand back what they received, so tests can see each value the reader produced.</summary>
public partial class EchoTools
{
    [Tool]
    public string Integers(sbyte a, byte b, short c, ushort d, int e, uint f, long g, ulong h) =>
        string.Join("|", a, b, c, d, e, f, g, h);

    [Tool]
    public string Reals(float f, double d, decimal m) =>
        string.Join("|", f.ToString("R", System.Globalization.CultureInfo.InvariantCulture), d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), m.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Tool]
    public string Text(string s, char c, bool flag) => $"{s}|{c}|{flag}";

    [Tool]
    public string Nullables(int? number, string? text, Priority? priority) =>
        $"{number?.ToString() ?? "null"}|{text ?? "null"}|{priority?.ToString() ?? "null"}";

    [Tool]
    public string Defaults(int count = 3, string label = "a \"quoted\" label", Priority priority = Priority.Normal, double ratio = -1.5, bool enabled = true) =>
        FormattableString.Invariant($"{count}|{label}|{priority}|{ratio}|{enabled}");

    [Tool]
    public string Collections(int[] numbers, List<string> names, IReadOnlyList<Priority> priorities, IEnumerable<double>? weights, List<int[]> grid) =>
        $"{string.Join(",", numbers)}|{string.Join(",", names)}|{string.Join(",", priorities)}|{(weights is null ? "null" : string.Join(",", weights.Select(w => w.ToString(CultureInfo.InvariantCulture))))}|{string.Join(";", grid.Select(r => string.Join(",", r)))}";

    [Tool]
    public string NullableElements(List<int?> values, string?[] words) =>
        string.Join(",", values.Select(v => v?.ToString() ?? "null")) + "|" + string.Join(",", words.Select(w => w ?? "null"));

    [Tool]
    public string NoArguments() => "none";

    [Tool]
    public void Nothing()
    {
    }

    [Tool]
    public int[] Range(int start, int count) => Enumerable.Range(start, count).ToArray();

    [Tool]
    public Priority Escalate(Priority priority) => priority == Priority.High ? priority : priority + 1;

    [Tool]
    public Priority? MaybePriority(bool present) => present ? Priority.High : null;

    [Tool]
    public List<Priority?> PriorityList() => new() { Priority.Low, null, (Priority)42 };

    [Tool]
    public double NotANumber() => double.NaN;

    [Tool]
    public char Initial(string word) => word[0];

    [Tool]
    public string? NullText() => null;

    [Tool]
    public IReadOnlyList<string?> Words() => new[] { "a \"b\"", null, "é" };

    [Tool]
    public ulong Biggest() => ulong.MaxValue;

    [Tool]
    public bool Yes() => true;
}
