using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ToolGen.CodeFixes;

/// <summary>
/// The shape every ToolGen fix shares: one function fixes a set of diagnostics of one document. A single fix passes
/// one diagnostic, Fix All passes every diagnostic of each document, so both go through the same code and overlapping
/// edits (two nested types, a method's summary and its parameters) are merged by the fix, not dropped by a batch merger.
/// </summary>
internal delegate Task<Document> FixDocument(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken);

/// <summary>Registration helpers for <see cref="FixDocument"/> functions.</summary>
internal static class DocumentFix
{
    /// <summary>A Fix All provider for document, project and solution scope.</summary>
    public static FixAllProvider FixAll(FixDocument fix) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
            diagnostics.IsEmpty ? null : await fix(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    /// <summary>Offers the fix for each diagnostic of the context; <paramref name="title"/> may depend on the diagnostic.</summary>
    public static void Register(CodeFixContext context, string equivalenceKey, Func<Diagnostic, string?> title, FixDocument fix)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            var text = title(diagnostic);
            if (text is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(text, ct => fix(context.Document, ImmutableArray.Create(diagnostic), ct), equivalenceKey),
                diagnostic);
        }
    }
}
