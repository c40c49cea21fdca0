using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolGen.Generators.Model;
using ToolGen.Generators.Parsing;
using ParseOptions = ToolGen.Generators.Parsing.ParseOptions;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// The checks behind every ToolGen diagnostic, shared by the analyzer (which reports them) and the generator
/// (which leaves out each tool with an error), so the IDE and the generated code never disagree. Types are judged
/// by <see cref="TypeClassifier"/>, the generator's own rules; this class only decides where and how to say it.
/// </summary>
/// <remarks>Holds only the compilation and its options, so one instance serves concurrent symbol actions.</remarks>
internal sealed class ToolValidator
{
    private readonly Compilation _compilation;
    private readonly ParseOptions _options;

    public ToolValidator(Compilation compilation)
    {
        _compilation = compilation;
        _options = ParseOptions.Read(compilation.Assembly);
    }

    /// <summary>The generator's question: would any check report an error for this tool?</summary>
    public static bool HasErrors(IMethodSymbol method, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        var validator = new ToolValidator(compilation);
        return ContainerChecks.NotPartial(method.ContainingType, cancellationToken) is not null ||
            validator.Validate(method, attribute, errorsOnly: true, cancellationToken).Any();
    }

    /// <summary>The name the model sees: the attribute's, else the method name under the tool naming policy.</summary>
    public string ToolName(IMethodSymbol method, AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string explicitName
            ? explicitName
            : ToolNames.FromMethodName(method.Name, _options.ToolNaming);

    /// <summary>The problems of one tool method, except TG0002 (per type) and TG0005 (per tool set).</summary>
    /// <param name="method">The method marked <c>[Tool]</c>.</param>
    /// <param name="attribute">Its <c>[Tool]</c> attribute.</param>
    /// <param name="errorsOnly">Skip the warnings and notes, which cost doc-comment parsing and change nothing the generator emits.</param>
    /// <param name="cancellationToken">Cancels the checks.</param>
    public IEnumerable<ToolProblem> Validate(IMethodSymbol method, AttributeData attribute, bool errorsOnly, CancellationToken cancellationToken)
    {
        var declaration = ToolSyntax.Declaration(method, attribute, cancellationToken);
        // Messages name the tool as the model would see it; a method that cannot be a tool by its name, as written.
        var name = method.MethodKind == MethodKind.Ordinary ? ToolName(method, attribute) : method.Name;
        var hasError = false;

        var shape = ShapeProblem(method);
        if (shape is not null)
        {
            hasError = true;
            yield return new ToolProblem(DiagnosticDescriptors.GenericTool, ToolSyntax.Identifier(method), name, shape);
        }
        else if (ContainerChecks.GeneratedMemberClash(method.ContainingType) is { } clash)
        {
            hasError = true;
            yield return new ToolProblem(
                DiagnosticDescriptors.GeneratedMemberClash,
                ToolSyntax.Identifier(method),
                name,
                method.ContainingType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                clash);
        }

        // An explicit implementation's or an operator's metadata name (IEcho.Echo, op_Addition) is no name the user
        // chose; TG0003 already says what to change, and the name follows from that.
        if (method.MethodKind == MethodKind.Ordinary && !ToolNames.IsValid(name))
        {
            hasError = true;
            var suggestion = ToolNameSuggestion.From(name);
            yield return new ToolProblem(
                DiagnosticDescriptors.InvalidToolName,
                ToolSyntax.ToolName(method, attribute, cancellationToken),
                ImmutableDictionary<string, string?>.Empty.Add(FixProperties.SuggestedName, suggestion),
                name,
                method.Name,
                suggestion);
        }

        // One classifier for the whole tool, as the generator uses, so problem paths read the same.
        var classifier = new TypeClassifier(_compilation, method.ContainingType, _options, cancellationToken);
        var returnProblem = ReturnProblem(classifier, method, name, declaration);
        if (returnProblem is not null)
        {
            hasError = true;
            yield return returnProblem;
        }

        // Descriptions are judged from the doc comment on the declaration, as the generator reads them; a method
        // without a declaration in source (not one a user can mark) is not judged.
        var docs = errorsOnly || declaration is null ? null : DocComments.Read(declaration);
        var arguments = new List<(IParameterSymbol Parameter, TypeModel Type)>();
        var undocumented = new List<IParameterSymbol>();
        foreach (var parameter in method.Parameters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (parameter.RefKind != RefKind.None || parameter.IsParams)
            {
                hasError = true;
                var (location, text) = ToolSyntax.Modifiers(parameter, cancellationToken);
                yield return new ToolProblem(DiagnosticDescriptors.ParameterModifier, location, parameter.Name, name, text);
            }

            if (ToolParser.SpecialRole(parameter) is not null)
            {
                continue;
            }

            var type = classifier.Classify(parameter.Type, out var problem);
            if (type is null)
            {
                hasError = true;
                yield return new ToolProblem(
                    DiagnosticDescriptors.UnsupportedParameterType,
                    ToolSyntax.ParameterType(parameter, cancellationToken),
                    parameter.Name,
                    name,
                    WithAdvice(problem, parameter.Type));
            }
            else
            {
                arguments.Add((parameter, type));
            }

            if (docs is not null && !DescriptionChecks.ParameterHasDescription(parameter, docs))
            {
                undocumented.Add(parameter);
            }
        }

        if (errorsOnly)
        {
            yield break;
        }

        foreach (var problem in DescriptionProblems(method, attribute, name, docs, undocumented))
        {
            yield return problem;
        }

        foreach (var (parameter, type) in arguments)
        {
            var advice = DefaultValueChecks.Unwritable(parameter, type);
            if (advice is not null)
            {
                var written = ToolSyntax.DefaultValue(parameter, cancellationToken);
                yield return new ToolProblem(
                    DiagnosticDescriptors.DefaultNotInSchema,
                    written?.GetLocation() ?? ToolSyntax.Identifier(parameter),
                    written?.ToString() ?? parameter.ExplicitDefaultValue?.ToString() ?? "default",
                    parameter.Name,
                    name,
                    advice);
            }
        }

        // Strict-mode notes describe what is sent, so they matter only for a tool that is generated.
        if (!hasError)
        {
            foreach (var note in StrictNotes(classifier, name, arguments, cancellationToken))
            {
                yield return note;
            }
        }
    }

    /// <summary>
    /// TG0008 for the tool and each undocumented parameter. Every one carries the whole method's stub plan, so fixing
    /// any of them, or all at once, writes the same doc comment.
    /// </summary>
    private static IEnumerable<ToolProblem> DescriptionProblems(IMethodSymbol method, AttributeData attribute, string name, DocComments? docs, List<IParameterSymbol> undocumented)
    {
        if (docs is null)
        {
            yield break;
        }

        var missingSummary = !DescriptionChecks.ToolHasDescription(method, attribute, docs);
        if (!missingSummary && undocumented.Count == 0)
        {
            yield break;
        }

        var plan = ImmutableDictionary<string, string?>.Empty
            .Add(FixProperties.MissingSummary, missingSummary ? "true" : "false")
            .Add(FixProperties.UndocumentedParameters, string.Join(FixProperties.Separator.ToString(), undocumented.Select(p => p.Name)));
        if (missingSummary)
        {
            yield return new ToolProblem(DiagnosticDescriptors.ToolWithoutDescription, ToolSyntax.Identifier(method), plan, name);
        }

        foreach (var parameter in undocumented)
        {
            yield return new ToolProblem(DiagnosticDescriptors.ParameterWithoutDescription, ToolSyntax.Identifier(parameter), plan, parameter.Name, name);
        }
    }

    /// <summary>TG0011 for the first parameter without a strict form; else TG0010 for each optional parameter.</summary>
    private static IEnumerable<ToolProblem> StrictNotes(TypeClassifier classifier, string name, List<(IParameterSymbol Parameter, TypeModel Type)> arguments, CancellationToken cancellationToken)
    {
        var objects = classifier.Objects.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var (parameter, type) in arguments)
        {
            var blocker = StrictFormChecks.Blocker(type, objects);
            if (blocker is { } found)
            {
                var where = found.Path.Length == 0 ? $"parameter '{parameter.Name}'" : $"'{found.Path}' in parameter '{parameter.Name}'";
                return new[] { new ToolProblem(DiagnosticDescriptors.NoStrictForm, ToolSyntax.ParameterType(parameter, cancellationToken), name, where, found.What) };
            }
        }

        var notes = new List<ToolProblem>();
        foreach (var (parameter, type) in arguments)
        {
            var note = DefaultValueChecks.StrictNote(parameter, type);
            if (note is not null)
            {
                notes.Add(new ToolProblem(DiagnosticDescriptors.StrictRewrite, ToolSyntax.Identifier(parameter), parameter.Name, name, note));
            }
        }

        return notes;
    }

    /// <summary>TG0003: why generated code cannot call the method as a tool, or null.</summary>
    private static string? ShapeProblem(IMethodSymbol method)
    {
        if (method.IsGenericMethod)
        {
            return $"is generic method '{method.Name}<{string.Join(", ", method.TypeParameters.Select(t => t.Name))}>', whose type arguments a model cannot choose; declare a non-generic method for each type it needs";
        }

        if (method.MethodKind != MethodKind.Ordinary)
        {
            return method.MethodKind == MethodKind.ExplicitInterfaceImplementation
                ? "is an explicit interface implementation, which generated code cannot call by name; make it an ordinary public method"
                : "is not an ordinary method; mark a method declared with a name and a body";
        }

        return ContainerChecks.Unsupported(method.ContainingType);
    }

    /// <summary>TG0007, judged as the generator reads results: void, Task and ValueTask carry nothing; otherwise the (awaited) value.</summary>
    private static ToolProblem? ReturnProblem(TypeClassifier classifier, IMethodSymbol method, string name, MethodDeclarationSyntax? declaration)
    {
        var returnType = method.ReturnType;
        if (returnType.SpecialType == SpecialType.System_Void)
        {
            return null;
        }

        var metadataName = returnType.ContainingNamespace?.ToDisplayString() + "." + returnType.MetadataName;
        var isAsync = metadataName is KnownNames.Task or KnownNames.TaskOfT or KnownNames.ValueTask or KnownNames.ValueTaskOfT;
        ITypeSymbol? value = !isAsync ? returnType : returnType is INamedTypeSymbol { TypeArguments.Length: 1 } awaited ? awaited.TypeArguments[0] : null;
        if (value is null || classifier.Classify(value, out var problem) is not null)
        {
            return null;
        }

        return new ToolProblem(
            DiagnosticDescriptors.UnsupportedReturnType,
            ToolSyntax.ReturnType(declaration, method, awaited: isAsync),
            name,
            WithAdvice(problem, value));
    }

    /// <summary>
    /// The classifier's reason, with a next step when it gave none: a diagnostic must say what to do.
    /// </summary>
    private static string WithAdvice(string? problem, ITypeSymbol type)
    {
        var text = problem ?? $"'{type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' cannot be expressed in a JSON schema";
        return text.Contains(";")
            ? text
            : text + "; use a string, number, bool, enum, collection, or a class or record with public properties";
    }
}
