using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToolGen.Generators.Emit;
using ToolGen.Generators.Model;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators;

/// <summary>
/// The incremental generator: <c>[Tool]</c> methods → value-equatable models (Parse) → one source file per
/// partial type (Emit). Invalid tools are left out silently; the analyzers report them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ToolGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var toolMethods = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ToolAttribute,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, ct) => Read(ctx, ct))
            .WithTrackingName(TrackingNames.ToolMethods)
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(TrackingNames.ValidToolMethods);

        var toolSets = toolMethods
            .Collect()
            .WithTrackingName(TrackingNames.AllToolMethods)
            .SelectMany(static (methods, ct) => Group(methods, ct))
            .WithTrackingName(TrackingNames.ToolSets);

        context.RegisterSourceOutput(toolSets, static (spc, model) =>
            spc.AddSource(model.HintName, SourceText.From(ToolSetEmitter.Emit(model), System.Text.Encoding.UTF8)));

        AnswerPipeline.Register(context);
    }

    /// <summary>Reads one method found by <c>ForAttributeWithMetadataName</c>: its model, or null when it has an error.</summary>
    private static ToolMethodModel? Read(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken) =>
        context.TargetSymbol is IMethodSymbol method && context.Attributes.Length > 0
            ? ToolReader.ReadModel(method, context.Attributes[0], KnownSymbols.For(context.SemanticModel.Compilation), cancellationToken)
            : null;

    /// <summary>
    /// Groups tools by the type that holds them; a second tool with a name already taken, by the type or by the base
    /// tool set it inherits from, is left out (TG0005).
    /// </summary>
    private static ImmutableArray<ToolSetModel> Group(ImmutableArray<ToolMethodModel> methods, CancellationToken cancellationToken)
    {
        var sets = new List<ToolSetModel>();
        var hintNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var group in methods.GroupBy(m => m.Header))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var names = new HashSet<string>(group.Key.InheritedToolNames, System.StringComparer.Ordinal);
            var tools = group.Select(m => m.Tool).Where(t => names.Add(t.Name)).ToList();
            var objects = tools.SelectMany(t => t.Objects)
                .GroupBy(o => o.Key, System.StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(o => o.Key, System.StringComparer.Ordinal)
                .ToEquatableArray();
            var baseName = ToolSetModel.BaseHintName(group.Key);
            var hintName = baseName + ".Tools.g.cs";
            for (var n = 2; !hintNames.Add(hintName); n++)
            {
                hintName = baseName + "." + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".Tools.g.cs";
            }

            sets.Add(new ToolSetModel(group.Key, tools.ToEquatableArray(), objects, hintName));
        }

        return sets.ToImmutableArray();
    }
}
