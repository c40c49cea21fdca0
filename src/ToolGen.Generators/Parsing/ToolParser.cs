using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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

        var header = ParseContainingType(method.ContainingType, cancellationToken);
        if (header is null)
        {
            return null;
        }

        var tool = ParseTool(method, context.TargetNode, context.Attributes[0], cancellationToken);
        return tool is null ? null : new ToolMethodModel(header, tool);
    }

    /// <summary>The type holding tools, or null when ToolGen cannot add to it (not partial, generic, an interface).</summary>
    public static ToolSetHeader? ParseContainingType(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var chain = new List<ContainingTypeModel>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current.IsGenericType || current.TypeKind is not (TypeKind.Class or TypeKind.Struct) || !IsPartial(current, cancellationToken))
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
            type.IsStatic);
    }

    /// <summary>The tool model of a method, or null when the method cannot be a tool.</summary>
    public static ToolModel? ParseTool(IMethodSymbol method, SyntaxNode syntax, AttributeData attribute, CancellationToken cancellationToken)
    {
        if (method.IsGenericMethod || method.MethodKind != MethodKind.Ordinary)
        {
            return null;
        }

        var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string explicitName
            ? explicitName
            : ToolNames.FromMethodName(method.Name);
        if (!ToolNames.IsValid(name))
        {
            return null;
        }

        var returnModel = ParseReturn(method.ReturnType, cancellationToken);
        if (returnModel is null)
        {
            return null;
        }

        var docs = DocComments.Read(syntax);
        var parameters = new List<ParameterModel>();
        foreach (var parameter in method.Parameters)
        {
            var model = ParseParameter(parameter, docs, cancellationToken);
            if (model is null)
            {
                return null;
            }

            parameters.Add(model);
        }

        var description = NamedString(attribute, "Description") ?? DescriptionOf(method) ?? docs.Summary ?? string.Empty;
        var requiresApproval = attribute.NamedArguments.Any(a => a.Key == "RequiresApproval" && a.Value.Value is true);
        return new ToolModel(name, Identifiers.Escape(method.Name), method.IsStatic, description, requiresApproval, parameters.ToEquatableArray(), returnModel);
    }

    private static ParameterModel? ParseParameter(IParameterSymbol parameter, DocComments docs, CancellationToken cancellationToken)
    {
        if (parameter.RefKind != RefKind.None || parameter.IsParams)
        {
            return null;
        }

        if (parameter.Type.ToDisplayString() == KnownNames.CancellationToken)
        {
            return new ParameterModel(parameter.Name, ParameterRole.CancellationToken, null, IsRequired: false, Default: null, Description: null);
        }

        var type = TypeClassifier.Classify(parameter.Type, out _, cancellationToken);
        if (type is null)
        {
            return null;
        }

        var defaultValue = parameter.HasExplicitDefaultValue ? DefaultValues.Of(type, parameter.ExplicitDefaultValue) : null;
        var isRequired = defaultValue is null && !type.IsNullable;
        var description = DescriptionOf(parameter) ?? docs.Parameter(parameter.Name);
        return new ParameterModel(parameter.Name, ParameterRole.Argument, type, isRequired, defaultValue, description);
    }

    private static ReturnModel? ParseReturn(ITypeSymbol returnType, CancellationToken cancellationToken)
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
            var value = TypeClassifier.Classify(returnType, out _, cancellationToken);
            return value is null ? null : new ReturnModel(AsyncKind.None, value);
        }

        if (returnType is INamedTypeSymbol { TypeArguments.Length: 1 } awaited)
        {
            var value = TypeClassifier.Classify(awaited.TypeArguments[0], out _, cancellationToken);
            return value is null ? null : new ReturnModel(asyncKind, value);
        }

        return new ReturnModel(asyncKind, null);
    }

    private static string? DescriptionOf(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == KnownNames.DescriptionAttribute &&
                attribute.ConstructorArguments.Length == 1 &&
                attribute.ConstructorArguments[0].Value is string text)
            {
                return text;
            }
        }

        return null;
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
