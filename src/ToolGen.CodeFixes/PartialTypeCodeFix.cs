using System.Collections.Generic;
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

/// <summary>TG0002: makes the type that holds tools, and every type enclosing it, <c>partial</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PartialTypeCodeFix)), Shared]
public sealed class PartialTypeCodeFix : CodeFixProvider
{
    private const string Title = "Make the type and its enclosing types partial";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.TypeNotPartialId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => DocumentFix.FixAll(FixAsync);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        DocumentFix.Register(context, DiagnosticDescriptors.TypeNotPartialId, _ => Title, FixAsync);
        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Two nested holders share their outer types: a set makes each declaration partial once.
        var declarations = new HashSet<TypeDeclarationSyntax>();
        foreach (var diagnostic in diagnostics)
        {
            var holder = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
            for (var current = holder; current is not null; current = current.Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>())
            {
                if (current is ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax &&
                    !current.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    declarations.Add(current);
                }
            }
        }

        if (declarations.Count == 0)
        {
            return document;
        }

        var fixedRoot = root.ReplaceNodes(declarations, (_, rewritten) => AddPartial(rewritten));
        return document.WithSyntaxRoot(fixedRoot);
    }

    /// <summary>
    /// Adds <c>partial</c> right before the type keyword, where C# requires it. Without other modifiers the keyword's
    /// leading trivia (indentation, or the line after an attribute) moves to <c>partial</c>, so the layout stays.
    /// </summary>
    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space)));
        }

        var keyword = declaration.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithModifiers(SyntaxFactory.TokenList(partial));
    }
}
