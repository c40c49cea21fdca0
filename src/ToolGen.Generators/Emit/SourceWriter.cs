using System;
using System.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// A small indented writer for generated source: four spaces a level, LF line ends. Multi-line text (a raw
/// string template) is indented as a block, line by line, so templates are written flush left in the emitter
/// and land at the current depth. After dotnet/runtime's <c>Common/src/SourceGenerators/SourceWriter.cs</c>.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    // Set after a line that closes a block: the next statement gets a blank line before it (the style of this
    // repository), unless it continues the block (else, catch, another closing brace).
    private bool _blankPending;

    /// <summary>Writes each line of <paramref name="text"/> at the current depth; empty lines stay empty.</summary>
    public SourceWriter Line(string text = "")
    {
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            WriteIndented(line.TrimEnd('\r'));
            if (end < 0)
            {
                return this;
            }

            start = end + 1;
        }
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public SourceWriter Open(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    public SourceWriter Close(string suffix = "")
    {
        if (_indent == 0)
        {
            throw new InvalidOperationException("SourceWriter: a '}' was written with no block open.");
        }

        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>The text; every block opened must have been closed, which catches an emitter's unbalanced braces.</summary>
    public override string ToString()
    {
        if (_indent != 0)
        {
            throw new InvalidOperationException($"SourceWriter: {_indent} block(s) left open at the end of the text.");
        }

        return _builder.ToString();
    }

    private void WriteIndented(string line)
    {
        var text = line.TrimStart();
        if (_blankPending && text.Length > 0 && !ContinuesBlock(text))
        {
            _builder.Append('\n');
        }

        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(line);
        }

        _builder.Append('\n');
        _blankPending = text is "}" or "};";
    }

    private static bool ContinuesBlock(string text) =>
        text[0] == '}' || text.StartsWith("else", StringComparison.Ordinal) || text.StartsWith("catch", StringComparison.Ordinal) ||
        text.StartsWith("finally", StringComparison.Ordinal) || text.StartsWith("case ", StringComparison.Ordinal) ||
        text.StartsWith("default:", StringComparison.Ordinal);
}
