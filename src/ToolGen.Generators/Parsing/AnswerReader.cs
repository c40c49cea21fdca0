using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// The one pass that reads a <c>[StructuredOutput]</c> type, for the generator (the model, or null at an error) and the
/// analyzer (the problems) alike, so the two cannot disagree. The type is judged as a record parameter of a tool is:
/// the same <see cref="TypeClassifier"/>, the same problems, worded for an answer.
/// </summary>
internal static class AnswerReader
{
    /// <summary>Members the generated half declares; the type must not declare them itself.</summary>
    public static readonly string[] GeneratedMembers = { Emit.AnswerEmitter.FormatProperty, Emit.AnswerEmitter.HelperClass };

    /// <summary>The model, or null with the problems that stop it (all of them when <paramref name="collect"/>).</summary>
    public static (AnswerModel? Model, ImmutableArray<ToolProblem> Problems) Read(
        INamedTypeSymbol type, AttributeData attribute, KnownSymbols known, bool collect, CancellationToken cancellationToken)
    {
        var display = type.ToDisplayString(ContainerChecks.TypeFormat);
        var problems = ImmutableArray.CreateBuilder<ToolProblem>();
        var shape = ShapeProblem(type, attribute, known, cancellationToken, out var name);
        if (shape is not null)
        {
            if (!collect)
            {
                return (null, ImmutableArray<ToolProblem>.Empty);
            }

            problems.Add(new ToolProblem(AnswerDiagnostics.AnswerTypeShape, shape.Value.Location ?? ToolSyntax.Identifier(type), display, shape.Value.Text));
            if (shape.Value.Final)
            {
                return (null, problems.ToImmutable());
            }
        }

        var classifier = new TypeClassifier(known, type, cancellationToken);
        classifier.Note(type);
        var model = classifier.Classify(type, Usage.Argument, out var problem);
        if (model is null || model.Kind != Model.TypeKind.Object)
        {
            if (collect)
            {
                var text = model is null
                    ? (problem ?? new TypeProblem(string.Empty, $"'{type.Name}' cannot be expressed in a JSON schema", null)).Render()
                    : $"is read as a JSON {Emit.TypeFacts.JsonType(model.Kind) ?? "value"}, but an answer must be a JSON object; mark a class or record with public properties";
                problems.Add(new ToolProblem(AnswerDiagnostics.UnsupportedAnswerType, MemberLocation(type, problem, cancellationToken), display, text));
            }

            return (null, problems.ToImmutable());
        }

        if (shape is not null)
        {
            return (null, problems.ToImmutable());
        }

        var objects = classifier.Objects.OrderBy(o => o.Key, System.StringComparer.Ordinal).ToEquatableArray();
        var root = objects.First(o => o.Key == model.ObjectKey);
        var description = NamedString(attribute, "Description") ?? root.Description ?? string.Empty;
        var header = Header(type);
        var marks = classifier.Marks;
        var hint = header.FullyQualifiedName.Replace("global::", string.Empty).Replace("@", string.Empty) + ".StructuredOutput.g.cs";
        var answer = new AnswerModel(header, name!, description, model with { IsNullable = false }, objects, hint, marks == ReferenceMarks.None ? null : marks);
        return (answer, problems.ToImmutable());
    }

    /// <summary>Why the generated half cannot be added to the type (TG0016), with where to put the squiggle; else null.</summary>
    /// <remarks>A problem that stops the reading (<c>Final</c>: a generic type…) leaves the members unjudged: their problems would follow from it.</remarks>
    private static (string Text, Location? Location, bool Final)? ShapeProblem(
        INamedTypeSymbol type, AttributeData attribute, KnownSymbols known, CancellationToken cancellationToken, out string? name)
    {
        name = null;
        for (var current = type; current is not null; current = current.ContainingType)
        {
            // Its own type parameters only: a type nested in a generic type is generic too, and is named apart.
            if (current.TypeParameters.Length > 0)
            {
                return (SymbolEqualityComparer.Default.Equals(current, type)
                    ? "is generic; its type arguments are chosen by code, not by a model, so a schema cannot be generated for it; mark a non-generic type"
                    : $"is declared in generic type '{current.ToDisplayString(ContainerChecks.TypeFormat)}'; move it to a non-generic type", null, true);
            }

            if (current.IsFileLocal || current.IsRefLikeType || current.IsStatic)
            {
                return ($"cannot be extended by generated code ('{current.ToDisplayString(ContainerChecks.TypeFormat)}' is {(current.IsFileLocal ? "file-local" : current.IsStatic ? "static" : "a ref struct")}); mark an ordinary partial class, struct or record", null, true);
            }

            if (current.TypeKind is Microsoft.CodeAnalysis.TypeKind.Class or Microsoft.CodeAnalysis.TypeKind.Struct && !ContainerChecks.IsPartial(current, cancellationToken))
            {
                return ($"must be partial, and so must every type enclosing it: add the 'partial' modifier to '{current.Name}'", ToolSyntax.Identifier(current), false);
            }
        }

        foreach (var member in type.GetMembers())
        {
            if (!member.IsImplicitlyDeclared && GeneratedMembers.Contains(member.Name) && !IsGenerated(member))
            {
                return ($"declares '{member.Name}', which ToolGen generates for an answer type; rename it", ToolSyntax.Identifier(member), false);
            }
        }

        name = NamedString(attribute, "Name") ?? ToolNames.FromMethodName(type.Name, known.Options.ToolNaming);
        if (!ToolNames.IsValid(name))
        {
            var location = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax &&
                syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Name") is { } argument
                    ? argument.Expression.GetLocation()
                    : null;
            return ($"has the format name '{name}', which providers refuse: a name must match ^[a-zA-Z0-9_-]{{1,64}}$; set [StructuredOutput(Name = \"...\")]", location, false);
        }

        return null;
    }

    /// <summary>The type of the property a problem is in (its path's first member), else the type's name.</summary>
    private static Location MemberLocation(INamedTypeSymbol type, TypeProblem? problem, CancellationToken cancellationToken)
    {
        var segments = problem?.Path.Split('.') ?? new string[0];
        var memberName = segments.Length >= 2 && segments[0] == type.Name ? segments[1] : segments.Length == 1 ? segments[0] : null;
        for (var current = type; memberName is not null && current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(memberName))
            {
                if (member is IPropertySymbol property &&
                    property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is { } syntax)
                {
                    return syntax switch
                    {
                        PropertyDeclarationSyntax declaration => declaration.Type.GetLocation(),
                        ParameterSyntax { Type: { } parameterType } => parameterType.GetLocation(),
                        _ => ToolSyntax.Identifier(property),
                    };
                }
            }
        }

        return ToolSyntax.Identifier(type);
    }

    private static ToolSetHeader Header(INamedTypeSymbol type)
    {
        var (ns, chain) = ContainerReader.Reopening(type);
        return new ToolSetHeader(ns, chain, type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), IsStatic: false);
    }

    private static bool IsGenerated(ISymbol member) =>
        member.DeclaringSyntaxReferences.Length > 0 &&
        member.DeclaringSyntaxReferences.All(r => r.SyntaxTree.FilePath.EndsWith(".StructuredOutput.g.cs", System.StringComparison.OrdinalIgnoreCase));

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
