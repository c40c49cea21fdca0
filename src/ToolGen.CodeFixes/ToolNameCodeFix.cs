using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolGen.Generators.Diagnostics;

namespace ToolGen.CodeFixes;

/// <summary>
/// TG0006: writes a valid tool name into the attribute: <c>[Tool("get weather")]</c> becomes <c>[Tool("get_weather")]</c>,
/// and a method whose derived name is invalid gets one (<c>[Tool]</c> becomes <c>[Tool("_ber")]</c>). The name is the
/// one the diagnostic proposed (<see cref="ToolNameSuggestion"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ToolNameCodeFix)), Shared]
public sealed class ToolNameCodeFix : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidToolNameId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => DocumentFix.FixAll(FixAsync);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        DocumentFix.Register(
            context,
            DiagnosticDescriptors.InvalidToolNameId,
            d => root is not null && Suggestion(d) is { } name && Target(root, d) is not null ? $"Rename the tool to '{name}'" : null,
            FixAsync);
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var edits = diagnostics
            .Select(d => (Target: Target(root, d), Name: Suggestion(d)))
            .Where(e => e.Target is not null && e.Name is not null)
            .GroupBy(e => e.Target!)
            .ToDictionary(g => g.Key, g => g.First().Name!);
        if (edits.Count == 0)
        {
            return document;
        }

        var fixedRoot = root.ReplaceNodes(edits.Keys, (original, _) => Rename(original, edits[original]));
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static string? Suggestion(Diagnostic diagnostic) =>
        diagnostic.Properties.TryGetValue(FixProperties.SuggestedName, out var name) ? name : null;

    /// <summary>
    /// The attribute to edit. The diagnostic sits on the name argument (which must be a string literal: a constant
    /// defined elsewhere is the user's to rename) or, when the name comes from the method, on the method's name.
    /// </summary>
    private static AttributeSyntax? Target(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node.FirstAncestorOrSelf<AttributeSyntax>() is { } attribute)
        {
            return node is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } ? attribute : null;
        }

        return node.FirstAncestorOrSelf<MethodDeclarationSyntax>()?.AttributeLists
            .SelectMany(list => list.Attributes)
            .FirstOrDefault(IsToolAttribute);
    }

    /// <summary>By name, since the method has exactly one [Tool] (AllowMultiple = false) and no other attribute ends so.</summary>
    private static bool IsToolAttribute(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name is "Tool" or "ToolAttribute";
    }

    private static AttributeSyntax Rename(AttributeSyntax attribute, string name)
    {
        var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name));
        var list = attribute.ArgumentList;
        var positional = list?.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null);
        if (positional is not null)
        {
            return attribute.ReplaceNode(positional.Expression, literal.WithTriviaFrom(positional.Expression));
        }

        var argument = SyntaxFactory.AttributeArgument(literal);
        if (list is null)
        {
            return attribute.WithArgumentList(SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(argument)));
        }

        // [Tool(Description = "…")] becomes [Tool("name", Description = "…")], spaced as a person writes it.
        var separators = new[] { SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space) }.Concat(list.Arguments.GetSeparators());
        var arguments = SyntaxFactory.SeparatedList(new[] { argument }.Concat(list.Arguments), separators);
        return attribute.WithArgumentList(list.WithArguments(arguments));
    }
}
