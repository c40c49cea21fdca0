using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ToolGen.Generators.Emit;
using ToolGen.Generators.Parsing;

namespace ToolGen.Generators;

/// <summary>
/// The generator's second pipeline: <c>[StructuredOutput]</c> types → value-equatable models → one source file per
/// type. Invalid answer types are left out silently; the analyzer reports them (TG0016, TG0017).
/// </summary>
internal static class AnswerPipeline
{
    public static void Register(IncrementalGeneratorInitializationContext context)
    {
        var answers = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.StructuredOutputAttribute,
                static (node, _) => node is TypeDeclarationSyntax,
                static (ctx, ct) => ctx.TargetSymbol is INamedTypeSymbol type && ctx.Attributes.Length > 0
                    ? AnswerReader.Read(type, ctx.Attributes[0], KnownSymbols.For(ctx.SemanticModel.Compilation), collect: false, ct).Model
                    : null)
            .WithTrackingName(TrackingNames.AnswerTypes)
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(TrackingNames.ValidAnswerTypes);

        context.RegisterSourceOutput(answers, static (spc, model) =>
            spc.AddSource(model.HintName, SourceText.From(AnswerEmitter.Emit(model), System.Text.Encoding.UTF8)));
    }
}
