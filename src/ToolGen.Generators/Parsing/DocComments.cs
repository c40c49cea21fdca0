using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Parsing;

/// <summary>The descriptions an XML doc comment gives a method and its parameters.</summary>
internal sealed class DocComments
{
    private static readonly DocComments s_empty = new(null, new Dictionary<string, string>());

    private readonly Dictionary<string, string> _parameters;

    private DocComments(string? summary, Dictionary<string, string> parameters)
    {
        Summary = summary;
        _parameters = parameters;
    }

    public string? Summary { get; }

    public string? Parameter(string name) => _parameters.TryGetValue(name, out var text) ? text : null;

    /// <summary>
    /// Reads the <c>///</c> comment above a declaration from its syntax trivia rather than from
    /// <c>GetDocumentationCommentXml</c>, which is empty when the project does not produce a documentation file.
    /// </summary>
    public static DocComments Read(SyntaxNode declaration)
    {
        var xml = new StringBuilder();
        foreach (var trivia in declaration.GetLeadingTrivia())
        {
            var text = trivia.ToFullString();
            if (text.TrimStart().StartsWith("/**", StringComparison.Ordinal))
            {
                AppendDelimited(xml, text);
                continue;
            }

            foreach (var rawLine in text.Split('\n'))
            {
                var line = rawLine.TrimStart();
                if (line.StartsWith("///", StringComparison.Ordinal))
                {
                    xml.Append(line.Substring(3)).Append('\n');
                }
            }
        }

        if (xml.Length == 0)
        {
            return s_empty;
        }

        XElement root;
        try
        {
            root = XElement.Parse("<doc>" + xml + "</doc>", LoadOptions.None);
        }
        catch (XmlException)
        {
            // Malformed markup is the compiler's warning to give (CS1570); it just yields no description here.
            return s_empty;
        }

        var summary = root.Element("summary") is { } summaryElement ? Flatten(summaryElement) : null;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var param in root.Elements("param"))
        {
            var name = (string?)param.Attribute("name");
            if (name is not null && !parameters.ContainsKey(name))
            {
                parameters.Add(name, Flatten(param));
            }
        }

        return new DocComments(string.IsNullOrEmpty(summary) ? null : summary, parameters);
    }

    /// <summary>A <c>/** … */</c> comment: the delimiters and each line's leading <c>*</c> removed.</summary>
    private static void AppendDelimited(StringBuilder xml, string text)
    {
        var body = text.Trim();
        body = body.Substring(3, Math.Max(0, body.Length - 3));
        if (body.EndsWith("*/", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 2);
        }

        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.TrimStart();
            xml.Append(line.StartsWith("*", StringComparison.Ordinal) ? line.Substring(1) : line).Append('\n');
        }
    }

    /// <summary>The text of an element as a model should read it: references by their short name, white space folded.</summary>
    private static string Flatten(XElement element)
    {
        var text = new StringBuilder();
        Append(element, text);
        return string.Join(" ", text.ToString().Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(XElement element, StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText textNode:
                    text.Append(textNode.Value);
                    break;
                case XElement child when child.Name.LocalName is "see" or "seealso" or "paramref" or "typeparamref":
                    var reference = (string?)child.Attribute("langword") ?? (string?)child.Attribute("name") ?? ShortName((string?)child.Attribute("cref"));
                    text.Append(child.IsEmpty ? reference : child.Value);
                    break;
                case XElement child when child.Name.LocalName is "para" or "br" or "list" or "item" or "description" or "term":
                    // Block elements separate words; inline ones (<c>, <b>, <i>) must not add a space before punctuation.
                    text.Append(' ');
                    Append(child, text);
                    text.Append(' ');
                    break;
                case XElement child:
                    Append(child, text);
                    break;
            }
        }
    }

    private static string ShortName(string? cref)
    {
        if (string.IsNullOrEmpty(cref))
        {
            return string.Empty;
        }

        var name = cref!;
        var colon = name.IndexOf(':');
        if (colon >= 0)
        {
            name = name.Substring(colon + 1);
        }

        var paren = name.IndexOf('(');
        if (paren >= 0)
        {
            name = name.Substring(0, paren);
        }

        // List{T} is how a cref writes List<T>.
        return name.Split('.').Last().Replace('{', '<').Replace('}', '>');
    }
}
