using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Parsing;

/// <summary>A tool read once: its model (null when it has an error) and, for the analyzer, every problem found.</summary>
internal sealed record ToolReading(ToolModel? Tool, ImmutableArray<ToolProblem> Problems, string Name);

/// <summary>
/// The one pass that reads a <c>[Tool]</c> method: it builds the model and finds the problems together, so the
/// generator and the analyzer cannot disagree on what a valid tool is. The generator asks for the model only
/// (<see cref="ReadModel"/>): the pass stops at the first error and builds no location or warning. The analyzer asks
/// for everything (<see cref="ReadAll"/>). The type holding the tool is read apart (<see cref="ContainerReader"/>),
/// once per type by the analyzer.
/// </summary>
internal sealed class ToolReader
{
    private readonly KnownSymbols _known;
    private readonly List<ToolProblem>? _problems;
    private readonly CancellationToken _cancellationToken;
    private bool _hasError;

    private ToolReader(KnownSymbols known, bool collect, CancellationToken cancellationToken)
    {
        _known = known;
        _problems = collect ? new List<ToolProblem>() : null;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The generator's question: the tool and the type holding it, or null at the first error.</summary>
    public static ToolMethodModel? ReadModel(IMethodSymbol method, AttributeData attribute, KnownSymbols known, CancellationToken cancellationToken)
    {
        var container = known.Containers.TryGetValue(method.ContainingType, out var read)
            ? read
            : known.Containers.GetOrAdd(method.ContainingType, ContainerReader.Read(method.ContainingType, known, describeProblems: false, cancellationToken));
        if (container.Header is null)
        {
            return null;
        }

        var tool = new ToolReader(known, collect: false, cancellationToken).Read(method, attribute, container);
        return tool is null ? null : new ToolMethodModel(container.Header, tool);
    }

    /// <summary>The analyzer's question: every problem of the tool (TG0002 and TG0005 excepted), with the model when it has no error.</summary>
    public static ToolReading ReadAll(IMethodSymbol method, AttributeData attribute, ContainerReading container, KnownSymbols known, CancellationToken cancellationToken)
    {
        var reader = new ToolReader(known, collect: true, cancellationToken);
        var tool = reader.Read(method, attribute, container);
        return new ToolReading(reader._hasError ? null : tool, reader._problems!.ToImmutableArray(), DisplayName(method, attribute, known.Options));
    }

    /// <summary>The name the model sees: the attribute's, else the method name under the tool naming policy.</summary>
    public static string ToolName(IMethodSymbol method, AttributeData attribute, ParseOptions options) =>
        attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string explicitName
            ? explicitName
            : ToolNames.FromMethodName(method.Name, options.ToolNaming);

    /// <summary>
    /// How messages name a tool: as the model would see it; a method that cannot be a tool by its name (an accessor,
    /// an operator, an explicit implementation) by the name the user wrote.
    /// </summary>
    private static string DisplayName(IMethodSymbol method, AttributeData attribute, ParseOptions options) =>
        method.MethodKind == MethodKind.Ordinary ? ToolName(method, attribute, options) : method.AssociatedSymbol?.Name ?? method.Name;

    /// <summary>
    /// Records a problem. Returns true when the pass must stop: the generator's pass stops at the first error (and
    /// never builds the problem); the analyzer's goes on to find the others.
    /// </summary>
    private bool Report(DiagnosticDescriptor descriptor, System.Func<ToolProblem> describe)
    {
        var isError = descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _hasError |= isError;
        if (_problems is null)
        {
            return isError;
        }

        _problems.Add(describe());
        return false;
    }

    private bool Collecting => _problems is not null;

    private ToolModel? Read(IMethodSymbol method, AttributeData attribute, ContainerReading container)
    {
        var name = DisplayName(method, attribute, _known.Options);
        var declaration = Collecting || method.MethodKind == MethodKind.Ordinary ? ToolSyntax.Declaration(method, attribute, _cancellationToken) : null;

        var shape = ShapeProblem(method) ?? container.Unsupported;
        if (shape is not null)
        {
            if (Report(DiagnosticDescriptors.GenericTool, () => new ToolProblem(DiagnosticDescriptors.GenericTool, ToolSyntax.Identifier(method), name, shape)))
            {
                return null;
            }
        }
        else if (container.Clash is { } clash &&
            Report(DiagnosticDescriptors.GeneratedMemberClash, () => new ToolProblem(
                DiagnosticDescriptors.GeneratedMemberClash,
                ToolSyntax.Identifier(method),
                name,
                method.ContainingType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                clash)))
        {
            return null;
        }

        // An accessor's, an operator's or an explicit implementation's metadata name (get_Value, op_Addition) is no
        // name the user chose; TG0003 already says what to change, and the name follows from that.
        if (method.MethodKind == MethodKind.Ordinary && !ToolNames.IsValid(name) &&
            Report(DiagnosticDescriptors.InvalidToolName, () => InvalidName(method, attribute, name)))
        {
            return null;
        }

        // One classifier for the whole tool, so that problem paths read the same everywhere.
        var classifier = new TypeClassifier(_known, method.ContainingType, _cancellationToken);
        classifier.Note(method);
        var returnModel = ReadReturn(classifier, method, name, declaration);
        if (returnModel is null && !Collecting)
        {
            return null;
        }

        var docs = declaration is null ? null : DocComments.Of(declaration, method, _cancellationToken);
        var parameters = new List<ParameterModel>();
        var arguments = new List<(IParameterSymbol Parameter, FieldModel Field)>();
        foreach (var parameter in method.Parameters)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var model = ReadParameter(classifier, method, parameter, name, docs);
            if (model is null)
            {
                if (!Collecting)
                {
                    return null;
                }

                continue;
            }

            parameters.Add(model);
            if (model.Field is { } field)
            {
                arguments.Add((parameter, field));
            }
        }

        var duplicate = DuplicateJsonNames.Find(arguments.Select(a => (a.Parameter.Name, a.Field.JsonName)));
        if (duplicate is { } same && Report(DiagnosticDescriptors.DuplicateJsonName, () => new ToolProblem(
            DiagnosticDescriptors.DuplicateJsonName,
            ToolSyntax.Identifier(method.Parameters.First(p => p.Name == same.Second)),
            same.First,
            same.Second,
            name,
            same.JsonName)))
        {
            return null;
        }

        if (Collecting)
        {
            ReportWarnings(method, attribute, name, declaration, docs, classifier, arguments);
        }

        if (_hasError || returnModel is null)
        {
            return null;
        }

        var description = NamedString(attribute, "Description") ?? Descriptions.FromAttribute(method, _known) ?? docs?.Summary ?? string.Empty;
        var requiresApproval = attribute.NamedArguments.Any(a => a.Key == "RequiresApproval" && a.Value.Value is true);
        var marks = classifier.Marks;
        return new ToolModel(
            ToolName(method, attribute, _known.Options),
            Identifiers.Escape(method.Name),
            method.IsStatic,
            description,
            requiresApproval,
            parameters.ToEquatableArray(),
            returnModel,
            classifier.Objects.OrderBy(o => o.Key, System.StringComparer.Ordinal).ToEquatableArray(),
            marks == ReferenceMarks.None ? null : marks,
            ToolAnnotationsReader.Read(attribute));
    }

    private ToolProblem InvalidName(IMethodSymbol method, AttributeData attribute, string name)
    {
        var suggestion = ToolNameSuggestion.From(name);
        return new ToolProblem(
            DiagnosticDescriptors.InvalidToolName,
            ToolSyntax.ToolName(method, attribute, _cancellationToken),
            ImmutableDictionary<string, string?>.Empty.Add(FixProperties.SuggestedName, suggestion),
            name,
            method.Name,
            suggestion);
    }

    /// <summary>TG0003: why generated code cannot call the method as a tool, or null.</summary>
    private static string? ShapeProblem(IMethodSymbol method)
    {
        if (method.IsGenericMethod)
        {
            return $"is generic method '{method.Name}<{string.Join(", ", method.TypeParameters.Select(t => t.Name))}>', whose type arguments a model cannot choose; declare a non-generic method for each type it needs";
        }

        return method.MethodKind switch
        {
            MethodKind.Ordinary => null,
            MethodKind.ExplicitInterfaceImplementation => "is an explicit interface implementation, which generated code cannot call by name; make it an ordinary public method",
            MethodKind.PropertyGet or MethodKind.PropertySet => "is a property accessor; mark an ordinary method that returns or sets the value",
            MethodKind.LocalFunction => "is a local function, which generated code cannot call; make it a method of the type",
            MethodKind.AnonymousFunction => "is a lambda, which generated code cannot call; make it a method of the type",
            _ => "is not an ordinary method; mark a method declared with a name and a body",
        };
    }

    /// <summary>The return model, or null with TG0007, judged as the generator writes results: void, Task and ValueTask carry nothing; otherwise the (awaited) value.</summary>
    private ReturnModel? ReadReturn(TypeClassifier classifier, IMethodSymbol method, string name, MethodDeclarationSyntax? declaration)
    {
        var returnType = method.ReturnType;
        if (returnType.SpecialType == SpecialType.System_Void)
        {
            if (method.IsAsync &&
                Report(DiagnosticDescriptors.UnsupportedReturnType, () => new ToolProblem(
                    DiagnosticDescriptors.UnsupportedReturnType,
                    ToolSyntax.ReturnType(declaration, method, awaited: false),
                    name,
                    "'async void' cannot be awaited, so the tool's exceptions would escape to the host and its result would be reported before it ran; return 'Task' instead")))
            {
                return null;
            }

            return method.IsAsync ? null : new ReturnModel(AsyncKind.None, null);
        }

        var asyncKind = _known.Is(returnType, KnownNames.Task) || _known.Is(returnType, KnownNames.TaskOfT) ? AsyncKind.Task
            : _known.Is(returnType, KnownNames.ValueTask) || _known.Is(returnType, KnownNames.ValueTaskOfT) ? AsyncKind.ValueTask
            : AsyncKind.None;
        var value = asyncKind == AsyncKind.None ? returnType
            : returnType is INamedTypeSymbol { TypeArguments.Length: 1 } awaited ? awaited.TypeArguments[0]
            : null;
        if (value is null)
        {
            return new ReturnModel(asyncKind, null);
        }

        // A generic tool already has TG0003; a result of a type argument needs no TG0007 on top.
        if (method.IsGenericMethod && MentionsTypeParameter(value))
        {
            return null;
        }

        var model = classifier.Classify(value, Usage.Result, out var problem);
        if (model is not null)
        {
            return new ReturnModel(asyncKind, model);
        }

        Report(DiagnosticDescriptors.UnsupportedReturnType, () => new ToolProblem(
            DiagnosticDescriptors.UnsupportedReturnType,
            ToolSyntax.ReturnType(declaration, method, awaited: asyncKind != AsyncKind.None),
            name,
            Render(problem, value)));
        return null;
    }

    /// <summary>One parameter's model, or null with its errors reported.</summary>
    private ParameterModel? ReadParameter(TypeClassifier classifier, IMethodSymbol method, IParameterSymbol parameter, string name, DocComments? docs)
    {
        if ((parameter.RefKind != RefKind.None || parameter.IsParams) &&
            Report(DiagnosticDescriptors.ParameterModifier, () =>
            {
                var (location, text) = ToolSyntax.Modifiers(parameter, _cancellationToken);
                return new ToolProblem(DiagnosticDescriptors.ParameterModifier, location, parameter.Name, name, text);
            }))
        {
            return null;
        }

        var role = SpecialRole(parameter, _known);
        if (role is not null)
        {
            var serviceType = role == ParameterRole.Service ? parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : null;
            var optional = role == ParameterRole.Service &&
                (parameter.HasExplicitDefaultValue || parameter.NullableAnnotation == NullableAnnotation.Annotated ||
                 parameter.Type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T);
            return parameter.RefKind != RefKind.None || parameter.IsParams ? null : new ParameterModel(role.Value, null, serviceType, optional);
        }

        // A generic tool already has TG0003; a type argument the model cannot choose needs no TG0001 on top.
        if (method.IsGenericMethod && MentionsTypeParameter(parameter.Type))
        {
            return null;
        }

        var type = classifier.Classify(parameter.Type, Usage.Argument, out var problem);
        if (type is null)
        {
            Report(DiagnosticDescriptors.UnsupportedParameterType, () => new ToolProblem(
                DiagnosticDescriptors.UnsupportedParameterType,
                ToolSyntax.ParameterType(parameter, _cancellationToken),
                parameter.Name,
                name,
                Render(problem, parameter.Type)));
            return null;
        }

        if (parameter.RefKind != RefKind.None || parameter.IsParams)
        {
            return null;
        }

        // [Required] asks the model for a value even where C# has a default or accepts null.
        var isRequiredByRule = _known.Has(parameter, KnownNames.RequiredAttribute);
        if (isRequiredByRule && type is { IsNullable: true, IsValueType: false })
        {
            type = type with { IsNullable = false };
        }

        var defaultValue = parameter.HasExplicitDefaultValue && !isRequiredByRule ? DefaultValues.Of(type, parameter.ExplicitDefaultValue) : null;
        var unenforced = Collecting ? new List<string>() : null;
        var field = new FieldModel(
            Naming.Apply(_known.Options.PropertyNaming, parameter.Name),
            type,
            isRequiredByRule || (defaultValue is null && !type.IsNullable),
            defaultValue,
            Descriptions.FromAttribute(parameter, _known) ?? docs?.Parameter(parameter.Name),
            ValidationParser.Read(parameter, type, _known, unenforced));
        foreach (var rule in unenforced ?? Enumerable.Empty<string>())
        {
            Report(DiagnosticDescriptors.UnenforcedRule, () => new ToolProblem(
                DiagnosticDescriptors.UnenforcedRule, ToolSyntax.Identifier(parameter), rule, $"parameter '{parameter.Name}'", name));
        }

        return new ParameterModel(ParameterRole.Argument, field);
    }

    /// <summary>The role of a parameter that the model does not send, or null for an argument.</summary>
    public static ParameterRole? SpecialRole(IParameterSymbol parameter, KnownSymbols known)
    {
        if (known.Has(parameter, KnownNames.FromServicesAttribute))
        {
            return ParameterRole.Service;
        }

        return known.Is(parameter.Type, KnownNames.CancellationToken) ? ParameterRole.CancellationToken
            : known.Is(parameter.Type, KnownNames.ServiceProvider) ? ParameterRole.ServiceProvider
            : known.Is(parameter.Type, KnownNames.ToolCallContext) ? ParameterRole.Context
            : null;
    }

    /// <summary>Warnings and notes: descriptions, defaults, unenforced rules inside objects, and what strict mode sends.</summary>
    private void ReportWarnings(
        IMethodSymbol method,
        AttributeData attribute,
        string name,
        MethodDeclarationSyntax? declaration,
        DocComments? docs,
        TypeClassifier classifier,
        List<(IParameterSymbol Parameter, FieldModel Field)> arguments)
    {
        // Descriptions are judged from the doc comment on the declaration, as they are read; a method without a
        // declaration in source (not one a user can mark) is not judged.
        if (docs is not null && declaration is not null)
        {
            if (docs.IsMalformed)
            {
                Report(DiagnosticDescriptors.MalformedDocComment, () => new ToolProblem(DiagnosticDescriptors.MalformedDocComment, ToolSyntax.Identifier(method), name));
            }

            foreach (var problem in DescriptionChecks.Problems(method, attribute, name, docs, _known))
            {
                Report(problem.Descriptor, () => problem);
            }
        }

        foreach (var (parameter, field) in arguments)
        {
            var advice = DefaultValueChecks.Unwritable(parameter, field.Type);
            if (advice is not null)
            {
                Report(DiagnosticDescriptors.DefaultNotInSchema, () =>
                {
                    var written = ToolSyntax.DefaultValue(parameter, _cancellationToken);
                    return new ToolProblem(
                        DiagnosticDescriptors.DefaultNotInSchema,
                        written?.GetLocation() ?? ToolSyntax.Identifier(parameter),
                        written?.ToString() ?? parameter.ExplicitDefaultValue?.ToString() ?? "default",
                        parameter.Name,
                        name,
                        advice);
                });
            }

            foreach (var rule in UnenforcedInside(field.Type, classifier))
            {
                Report(DiagnosticDescriptors.UnenforcedRule, () => new ToolProblem(
                    DiagnosticDescriptors.UnenforcedRule, ToolSyntax.ParameterType(parameter, _cancellationToken), rule.Text, $"'{rule.Path}' in parameter '{parameter.Name}'", name));
            }
        }

        // Strict-mode notes describe what is sent, so they matter only for a tool that is generated.
        if (!_hasError)
        {
            foreach (var note in StrictNotes(classifier, name, arguments))
            {
                Report(note.Descriptor, () => note);
            }
        }
    }

    /// <summary>The unenforced rules on the properties of the objects a value reaches, each once.</summary>
    private static IEnumerable<TypeProblem> UnenforcedInside(TypeModel type, TypeClassifier classifier)
    {
        var objects = classifier.Objects.ToDictionary(o => o.Key);
        var seen = new HashSet<string>();
        var pending = new Stack<TypeModel>();
        pending.Push(type);
        while (pending.Count > 0)
        {
            for (var current = pending.Pop(); current is not null; current = current.Element)
            {
                if (current.ObjectKey is { } key && seen.Add(key) && objects.TryGetValue(key, out var model))
                {
                    foreach (var rule in model.Unenforced)
                    {
                        yield return rule;
                    }

                    foreach (var member in model.Members)
                    {
                        pending.Push(member.Field.Type);
                    }
                }
            }
        }
    }

    /// <summary>TG0011 for the first parameter without a strict form; else TG0010 for each optional parameter.</summary>
    private IEnumerable<ToolProblem> StrictNotes(TypeClassifier classifier, string name, List<(IParameterSymbol Parameter, FieldModel Field)> arguments)
    {
        var objects = classifier.Objects.GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var (parameter, field) in arguments)
        {
            var blocker = StrictFormChecks.Blocker(field.Type, objects);
            if (blocker is { } found)
            {
                var where = found.Path.Length == 0 ? $"parameter '{parameter.Name}'" : $"'{found.Path}' in parameter '{parameter.Name}'";
                return new[] { new ToolProblem(DiagnosticDescriptors.NoStrictForm, ToolSyntax.ParameterType(parameter, _cancellationToken), name, where, found.What) };
            }
        }

        var notes = new List<ToolProblem>();
        foreach (var (parameter, field) in arguments)
        {
            var note = DefaultValueChecks.StrictNote(parameter, field.Type);
            if (note is not null)
            {
                notes.Add(new ToolProblem(DiagnosticDescriptors.StrictRewrite, ToolSyntax.Identifier(parameter), parameter.Name, name, note));
            }
        }

        return notes;
    }

    /// <summary>The classifier's reason as a diagnostic shows it; a type it gave no reason for cannot be expressed.</summary>
    private static string Render(TypeProblem? problem, ITypeSymbol type) =>
        (problem ?? new TypeProblem(string.Empty, $"'{type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' cannot be expressed in a JSON schema", null)).Render();

    private static bool MentionsTypeParameter(ITypeSymbol type) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => MentionsTypeParameter(array.ElementType),
        INamedTypeSymbol named => named.TypeArguments.Any(MentionsTypeParameter),
        _ => false,
    };

    private static string? NamedString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is string text)
            {
                return text;
            }
        }

        return null;
    }
}
