using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;
using TypeKind = Microsoft.CodeAnalysis.TypeKind;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Turns a <c>[Tool]</c> method's symbols into a value-equatable model. Invalid tools yield null: the
/// generator leaves them out silently and the analyzers report why, so that generated code never adds
/// compiler errors on top of a diagnostic.
/// </summary>
internal static class ToolParser
{
    /// <summary>Parses one method found by <c>ForAttributeWithMetadataName</c>.</summary>
    public static ToolMethodModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not IMethodSymbol method || context.Attributes.Length == 0)
        {
            return null;
        }

        // Exactly the tools the analyzer reports an error for are left out: both ask the same validator.
        if (ToolValidator.HasErrors(method, context.Attributes[0], context.SemanticModel.Compilation, cancellationToken))
        {
            return null;
        }

        var header = ParseContainingType(method.ContainingType, cancellationToken);
        if (header is null)
        {
            return null;
        }

        var tool = ParseTool(method, context.TargetNode, context.Attributes[0], context.SemanticModel.Compilation, cancellationToken);
        return tool is null ? null : new ToolMethodModel(header, tool);
    }

    /// <summary>The type holding tools, or null when ToolGen cannot add to it (not partial, generic, an interface).</summary>
    public static ToolSetHeader? ParseContainingType(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var chain = new List<ContainingTypeModel>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A ref struct cannot implement IToolSet (before C# 13), and a file-local type cannot be extended from
            // another file: neither can hold tools.
            if (current.IsGenericType || current.TypeKind is not (TypeKind.Class or TypeKind.Struct) || current.IsRefLikeType ||
                current.IsFileLocal || !IsPartial(current, cancellationToken))
            {
                return null;
            }

            chain.Insert(0, new ContainingTypeModel(Keyword(current), Identifiers.Escape(current.Name)));
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? string.Join(".", containing.ToDisplayParts().Where(p => p.Kind == SymbolDisplayPartKind.NamespaceName).Select(p => Identifiers.Escape(p.ToString())))
            : null;
        return new ToolSetHeader(
            ns,
            chain.ToEquatableArray(),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.IsStatic,
            HidesBaseMembers(type));
    }

    /// <summary>The tool model of a method, or null when the method cannot be a tool.</summary>
    public static ToolModel? ParseTool(IMethodSymbol method, SyntaxNode syntax, AttributeData attribute, Compilation compilation, CancellationToken cancellationToken)
    {
        if (method.IsGenericMethod || method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        var options = ParseOptions.Read(compilation.Assembly);
        var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string explicitName
            ? explicitName
            : ToolNames.FromMethodName(method.Name, options.ToolNaming);
        if (!ToolNames.IsValid(name))
        {
            return null;
        }

        var classifier = new TypeClassifier(compilation, method.ContainingType, options, cancellationToken);
        var returnModel = ParseReturn(classifier, method.ReturnType);
        if (returnModel is null)
        {
            return null;
        }

        var docs = DocComments.Read(syntax);
        var parameters = new List<ParameterModel>();
        foreach (var parameter in method.Parameters)
        {
            var model = ParseParameter(classifier, parameter, docs);
            if (model is null)
            {
                return null;
            }

            parameters.Add(model);
        }

        var description = NamedString(attribute, "Description") ?? Descriptions.FromAttribute(method) ?? docs.Summary ?? string.Empty;
        var requiresApproval = attribute.NamedArguments.Any(a => a.Key == "RequiresApproval" && a.Value.Value is true);
        return new ToolModel(
            name,
            Identifiers.Escape(method.Name),
            method.IsStatic,
            description,
            requiresApproval,
            parameters.ToEquatableArray(),
            returnModel,
            classifier.Objects.OrderBy(o => o.Key, System.StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>The role of a parameter that the model does not send, or null for an argument.</summary>
    public static ParameterRole? SpecialRole(IParameterSymbol parameter)
    {
        if (parameter.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.FromServicesAttribute))
        {
            return ParameterRole.Service;
        }

        return parameter.Type.OriginalDefinition.ToDisplayString() switch
        {
            KnownNames.CancellationToken => ParameterRole.CancellationToken,
            KnownNames.ServiceProvider => ParameterRole.ServiceProvider,
            KnownNames.ToolCallContext => ParameterRole.Context,
            _ => null,
        };
    }

    private static ParameterModel? ParseParameter(TypeClassifier classifier, IParameterSymbol parameter, DocComments docs)
    {
        if (parameter.RefKind != RefKind.None || parameter.IsParams)
        {
            return null;
        }

        var role = SpecialRole(parameter);
        if (role is not null)
        {
            var serviceType = role == ParameterRole.Service ? parameter.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : null;
            return new ParameterModel(role.Value, null, serviceType);
        }

        var type = classifier.Classify(parameter.Type, out _);
        if (type is null)
        {
            return null;
        }

        var defaultValue = parameter.HasExplicitDefaultValue ? DefaultValues.Of(type, parameter.ExplicitDefaultValue) : null;
        var isRequired = defaultValue is null && !type.IsNullable;
        var description = Descriptions.FromAttribute(parameter) ?? docs.Parameter(parameter.Name);
        var field = new FieldModel(
            Naming.Apply(classifier.Options.PropertyNaming, parameter.Name),
            type,
            isRequired,
            defaultValue,
            description,
            ValidationParser.Read(parameter, type));
        return new ParameterModel(ParameterRole.Argument, field);
    }

    private static ReturnModel? ParseReturn(TypeClassifier classifier, ITypeSymbol returnType)
    {
        if (returnType.SpecialType == SpecialType.System_Void)
        {
            return new ReturnModel(AsyncKind.None, null);
        }

        var metadataName = returnType.ContainingNamespace?.ToDisplayString() + "." + returnType.MetadataName;
        var asyncKind = metadataName switch
        {
            KnownNames.Task or KnownNames.TaskOfT => AsyncKind.Task,
            KnownNames.ValueTask or KnownNames.ValueTaskOfT => AsyncKind.ValueTask,
            _ => AsyncKind.None,
        };

        if (asyncKind == AsyncKind.None)
        {
            var value = classifier.Classify(returnType, out _);
            return value is null ? null : new ReturnModel(AsyncKind.None, value);
        }

        if (returnType is INamedTypeSymbol { TypeArguments.Length: 1 } awaited)
        {
            var value = classifier.Classify(awaited.TypeArguments[0], out _);
            return value is null ? null : new ReturnModel(asyncKind, value);
        }

        return new ReturnModel(asyncKind, null);
    }

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

    private static bool HidesBaseMembers(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            // The base's own generated members are not in the compilation the generator sees: a base with
            // [Tool] methods will have them.
            if (!current.GetMembers("ToolDefinitions").IsEmpty || !current.GetMembers("InvokeAsync").IsEmpty ||
                current.GetMembers().Any(m => m is IMethodSymbol && m.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.ToolAttribute)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration &&
                declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (false, TypeKind.Struct) => "struct",
        _ => "class",
    };
}
