using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ToolGen.CodeFixes;

/// <summary>
/// Writes the missing lines of a tool's <c>///</c> comment as text, at the method's own indentation and with the
/// file's line break: a <c>&lt;summary&gt;</c> stub first, <c>&lt;param&gt;</c> stubs after the last documented
/// parameter (or the summary). Existing lines are never touched. Text rather than syntax, because rebuilding doc
/// comment trivia loses the user's spacing.
/// </summary>
internal static class DocStubWriter
{
    public const string SummaryText = "TODO: describe what this tool does.";

    /// <summary>The text to insert, or nothing when the declaration does not start its own line or has a <c>/** */</c> comment.</summary>
    public static IEnumerable<TextChange> Changes(SourceText text, MethodDeclarationSyntax method, bool addSummary, IReadOnlyList<string> parameters)
    {
        var first = method.GetFirstToken();
        var line = text.Lines.GetLineFromPosition(first.SpanStart);
        var indent = text.ToString(TextSpan.FromBounds(line.Start, first.SpanStart));
        if (indent.Trim().Length != 0 || first.LeadingTrivia.Any(SyntaxKind.MultiLineDocumentationCommentTrivia))
        {
            return Enumerable.Empty<TextChange>();
        }

        var newLine = LineBreak(text, line.LineNumber);
        var summary = addSummary ? indent + "/// <summary>" + SummaryText + "</summary>" + newLine : string.Empty;
        var paramLines = new StringBuilder();
        foreach (var name in parameters)
        {
            paramLines.Append(indent).Append("/// <param name=\"").Append(name).Append("\">TODO: describe ").Append(name).Append(".</param>").Append(newLine);
        }

        var doc = first.LeadingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia));
        if (doc.RawKind == 0)
        {
            return new[] { new TextChange(new TextSpan(line.Start, 0), summary + paramLines) };
        }

        var docStart = text.Lines.GetLineFromPosition(doc.FullSpan.Start);
        var docEnd = text.Lines.GetLineFromPosition(doc.FullSpan.End - 1).LineNumber;
        var anchor = ParamAnchor(text, docStart.LineNumber, docEnd);
        if (anchor is null)
        {
            // Nothing to follow: the stubs open the comment, summary first.
            return new[] { new TextChange(new TextSpan(docStart.Start, 0), summary + paramLines) };
        }

        var changes = new List<TextChange>();
        if (summary.Length > 0)
        {
            changes.Add(new TextChange(new TextSpan(docStart.Start, 0), summary));
        }

        if (paramLines.Length > 0)
        {
            changes.Add(new TextChange(new TextSpan(text.Lines[anchor.Value].EndIncludingLineBreak, 0), paramLines.ToString()));
        }

        return changes;
    }

    /// <summary>The last line of the last <c>&lt;param&gt;</c>, else the line closing the summary, else null.</summary>
    private static int? ParamAnchor(SourceText text, int firstLine, int lastLine)
    {
        int? lastParam = null;
        int? summaryEnd = null;
        for (var i = firstLine; i <= lastLine; i++)
        {
            var content = text.Lines[i].ToString();
            if (content.Contains("<param ") || content.Contains("</param>"))
            {
                lastParam = i;
            }

            if (summaryEnd is null && content.Contains("</summary>"))
            {
                summaryEnd = i;
            }
        }

        return lastParam ?? summaryEnd;
    }

    /// <summary>The line break the file uses around the method, so a CRLF file stays CRLF.</summary>
    private static string LineBreak(SourceText text, int lineNumber)
    {
        foreach (var candidate in new[] { lineNumber - 1, lineNumber })
        {
            if (candidate >= 0 && candidate < text.Lines.Count)
            {
                var current = text.Lines[candidate];
                if (current.EndIncludingLineBreak > current.End)
                {
                    return text.ToString(TextSpan.FromBounds(current.End, current.EndIncludingLineBreak));
                }
            }
        }

        return "\n";
    }
}
