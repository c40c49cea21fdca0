using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToolGen.Generators.Diagnostics;

namespace ToolGen.CodeFixes;

/// <summary>
/// TG0008: adds an XML doc stub for what the model is not told, a <c>&lt;summary&gt;</c> for the tool and a
/// <c>&lt;param&gt;</c> per undocumented parameter, keeping what is already written. Each diagnostic of a method
/// carries the method's whole plan, so one fix clears them all.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DocStubCodeFix)), Shared]
public sealed class DocStubCodeFix : CodeFixProvider
{
    private const string Title = "Add a documentation comment stub";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.MissingDescriptionId);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => DocumentFix.FixAll(FixAsync);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        DocumentFix.Register(context, DiagnosticDescriptors.MissingDescriptionId, _ => Title, FixAsync);
        return Task.CompletedTask;
    }

    private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var plans = new Dictionary<MethodDeclarationSyntax, (bool Summary, List<string> Parameters)>();
        foreach (var diagnostic in diagnostics)
        {
            var method = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            if (method is null)
            {
                continue;
            }

            var summary = diagnostic.Properties.TryGetValue(FixProperties.MissingSummary, out var missing) && missing == "true";
            var parameters = diagnostic.Properties.TryGetValue(FixProperties.UndocumentedParameters, out var names) && !string.IsNullOrEmpty(names)
                ? names!.Split(FixProperties.Separator).ToList()
                : new List<string>();
            if (plans.TryGetValue(method, out var plan))
            {
                plans[method] = (plan.Summary || summary, plan.Parameters.Union(parameters).ToList());
            }
            else
            {
                plans[method] = (summary, parameters);
            }
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = plans
            .SelectMany(p => DocStubWriter.Changes(text, p.Key, p.Value.Summary, p.Value.Parameters))
            .OrderBy(c => c.Span.Start)
            .ToList();
        return changes.Count == 0 ? document : document.WithText(text.WithChanges(changes));
    }
}
