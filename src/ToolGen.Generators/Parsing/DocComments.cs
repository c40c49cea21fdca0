using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Parsing;

/// <summary>The descriptions an XML doc comment gives a method and its parameters.</summary>
internal sealed class DocComments
{
    private static readonly DocComments s_empty = new(null, new Dictionary<string, string>(), inherits: false, malformed: false);

    private readonly Dictionary<string, string> _parameters;

    private DocComments(string? summary, Dictionary<string, string> parameters, bool inherits, bool malformed)
    {
        Summary = summary;
        _parameters = parameters;
        Inherits = inherits;
        IsMalformed = malformed;
    }

    public string? Summary { get; }

    /// <summary>Whether the comment says <c>&lt;inheritdoc/&gt;</c>: what it lacks comes from the member it overrides or implements.</summary>
    public bool Inherits { get; }

    /// <summary>Whether the comment is not well-formed XML even after bare <c>&lt;</c> and <c>&amp;</c> were read as text.</summary>
    public bool IsMalformed { get; }

    public string? Parameter(string name) => _parameters.TryGetValue(name, out var text) ? text : null;

    /// <summary>
    /// The doc comment of a symbol: from its declarations' syntax when it has any, else from metadata; an
    /// <c>&lt;inheritdoc/&gt;</c> is followed to the member the symbol overrides or implements, or the base type.
    /// </summary>
    public static DocComments Of(ISymbol symbol, CancellationToken cancellationToken = default)
    {
        for (var (current, depth) = (symbol, 0); current is not null && depth < 8; depth++)
        {
            var docs = Own(current, cancellationToken);
            if (!docs.Inherits || docs.Summary is not null)
            {
                return docs;
            }

            current = Inherited(current);
        }

        return s_empty;
    }

    /// <summary>The comment of one declaration, with an <c>&lt;inheritdoc/&gt;</c> followed from <paramref name="symbol"/>.</summary>
    public static DocComments Of(SyntaxNode declaration, ISymbol symbol, CancellationToken cancellationToken = default)
    {
        var docs = Read(declaration);
        if (!docs.Inherits || Inherited(symbol) is not { } inherited)
        {
            return docs;
        }

        var from = Of(inherited, cancellationToken);
        var parameters = new Dictionary<string, string>(from._parameters, StringComparer.Ordinal);
        foreach (var own in docs._parameters)
        {
            parameters[own.Key] = own.Value;
        }

        return new DocComments(docs.Summary ?? from.Summary, parameters, inherits: false, docs.IsMalformed);
    }

    private static DocComments Own(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var docs = Read(reference.GetSyntax(cancellationToken));
            if (docs.Summary is not null || docs.Inherits || docs._parameters.Count > 0)
            {
                return docs;
            }
        }

        if (symbol.DeclaringSyntaxReferences.IsEmpty)
        {
            var xml = symbol.GetDocumentationCommentXml(cancellationToken: cancellationToken);
            if (!string.IsNullOrEmpty(xml))
            {
                return Parse(xml!);
            }
        }

        return s_empty;
    }

    /// <summary>The member an <c>&lt;inheritdoc/&gt;</c> of <paramref name="symbol"/> refers to, or null.</summary>
    private static ISymbol? Inherited(ISymbol symbol)
    {
        switch (symbol)
        {
            case IMethodSymbol { OverriddenMethod: { } overridden }:
                return overridden;
            case IPropertySymbol { OverriddenProperty: { } overridden }:
                return overridden;
            case INamedTypeSymbol type:
                return type.BaseType is { SpecialType: not SpecialType.System_Object } baseType ? baseType : type.Interfaces.FirstOrDefault();
        }

        var type2 = symbol.ContainingType;
        if (type2 is null)
        {
            return null;
        }

        foreach (var @interface in type2.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(symbol.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type2.FindImplementationForInterfaceMember(member), symbol))
                {
                    return member;
                }
            }
        }

        return null;
    }

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

        return xml.Length == 0 ? s_empty : Parse(xml.ToString());
    }

    /// <summary>
    /// Parses comment XML. A bare <c>&lt;</c> or <c>&amp;</c> in prose (<c>a &lt; b</c>, <c>R&amp;D</c>) is what people
    /// write and mean as text, so it is read as text; markup still broken after that yields no description and is
    /// reported (TG0015 when the comment is the tool's).
    /// </summary>
    private static DocComments Parse(string xml)
    {
        XElement root;
        try
        {
            root = XElement.Parse("<doc>" + xml + "</doc>", LoadOptions.None);
        }
        catch (XmlException)
        {
            try
            {
                root = XElement.Parse("<doc>" + EscapeBareText(xml) + "</doc>", LoadOptions.None);
            }
            catch (XmlException)
            {
                return new DocComments(null, new Dictionary<string, string>(), inherits: false, malformed: true);
            }
        }

        // Metadata gives <member name="…">…</member>; syntax gives the elements themselves.
        if (root.Element("member") is { } member)
        {
            root = member;
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

        var inherits = root.Element("inheritdoc") is not null;
        return new DocComments(string.IsNullOrEmpty(summary) ? null : summary, parameters, inherits, malformed: false);
    }

    /// <summary>
    /// <c>&amp;</c> that starts no entity becomes <c>&amp;amp;</c>; <c>&lt;</c> that starts no tag, end tag, comment or
    /// CDATA becomes <c>&amp;lt;</c>.
    /// </summary>
    private static string EscapeBareText(string xml)
    {
        var result = new StringBuilder(xml.Length + 16);
        for (var i = 0; i < xml.Length; i++)
        {
            var c = xml[i];
            var next = i + 1 < xml.Length ? xml[i + 1] : '\0';
            if (c == '<' && !(char.IsLetter(next) || next is '/' or '!' or '?' or '_'))
            {
                result.Append("&lt;");
            }
            else if (c == '&' && !StartsEntity(xml, i))
            {
                result.Append("&amp;");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool StartsEntity(string xml, int ampersand)
    {
        var semicolon = xml.IndexOf(';', ampersand + 1);
        if (semicolon < 0 || semicolon - ampersand > 10)
        {
            return false;
        }

        for (var i = ampersand + 1; i < semicolon; i++)
        {
            if (!(char.IsLetterOrDigit(xml[i]) || xml[i] == '#'))
            {
                return false;
            }
        }

        return semicolon > ampersand + 1;
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
