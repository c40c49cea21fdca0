using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// Checks on the type that holds tools and the types enclosing it, which the generated code reopens:
/// each must be a non-generic partial class, struct or record.
/// </summary>
internal static class ContainerChecks
{
    /// <summary><c>Outer.Inner</c>: how messages name a type.</summary>
    public static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

    /// <summary>Stands for TG0002 where the generator only needs to know that there is one.</summary>
    public static readonly ToolProblem NotPartialMarker = new(DiagnosticDescriptors.TypeNotPartial, Location.None);

    /// <summary>Whether the type and every class or struct enclosing it is partial.</summary>
    public static bool AllPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.TypeKind is TypeKind.Class or TypeKind.Struct && !IsPartial(current, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// TG0002, once per type that holds tools, on its name: every class or struct of the chain that is not partial.
    /// One diagnostic (rather than one per type of the chain) because one fix makes them all partial.
    /// </summary>
    public static ToolProblem? NotPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var missing = new List<INamedTypeSymbol>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current.TypeKind is TypeKind.Class or TypeKind.Struct && !IsPartial(current, cancellationToken))
            {
                missing.Insert(0, current);
            }
        }

        if (missing.Count == 0)
        {
            return null;
        }

        var names = missing.Select(t => "'" + t.Name + "'").ToList();
        var list = names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[names.Count - 1];
        return new ToolProblem(DiagnosticDescriptors.TypeNotPartial, ToolSyntax.Identifier(type), type.ToDisplayString(TypeFormat), list);
    }

    /// <summary>
    /// Why generated code cannot reopen the chain for a tool (TG0003): a generic type, or an interface. Null when it can.
    /// </summary>
    public static string? Unsupported(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return $"is declared in generic type '{current.ToDisplayString(TypeFormat)}', whose type arguments a model cannot choose; move it to a non-generic partial type";
            }

            if (current.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return $"is declared in {current.TypeKind.ToString().ToLowerInvariant()} '{current.ToDisplayString(TypeFormat)}'; declare tools in a partial class, struct or record";
            }

            if (current.IsRefLikeType)
            {
                return $"is declared in ref struct '{current.ToDisplayString(TypeFormat)}', which cannot implement IToolSet; declare tools in a partial class, struct or record";
            }

            if (current.IsFileLocal)
            {
                return $"is declared in file-local type '{current.ToDisplayString(TypeFormat)}', which generated code in another file cannot extend; remove 'file'";
            }
        }

        return null;
    }

    /// <summary>
    /// The member of the tool type itself (not of a base, which generated code hides with <c>new</c>) whose name the
    /// generated half also declares, or null. Such a clash would be a compiler error in generated code (TG0012).
    /// </summary>
    public static string? GeneratedMemberClash(INamedTypeSymbol type, Parsing.KnownSymbols known)
    {
        foreach (var member in type.GetMembers())
        {
            // The analyzer also sees the generated half (in the IDE and in a build): its own members are no clash.
            if (member.IsImplicitlyDeclared || IsGenerated(member))
            {
                continue;
            }

            var clashes = member.Name switch
            {
                // A member of that name of any kind: a nested type or a field clashes with the property as much as a property does.
                "ToolDefinitions" => true,
                "ToolSet" => type.IsStatic,
                "InvokeAsync" => member is not IMethodSymbol || (member is IMethodSymbol { Parameters.Length: 2 } method &&
                    known.Is(method.Parameters[0].Type, Parsing.KnownNames.ToolCall) &&
                    known.Is(method.Parameters[1].Type, Parsing.KnownNames.CancellationToken)),
                _ => member.Name == Emit.GeneratedNames.HelperClass || ImplementsToolSet(member, known),
            };
            if (clashes)
            {
                return member.Name;
            }
        }

        return null;
    }

    /// <summary>An explicit implementation of an <c>IToolSet</c> member, which the generated half also declares.</summary>
    private static bool ImplementsToolSet(ISymbol member, Parsing.KnownSymbols known) => member.Name.IndexOf('.') >= 0 && member switch
    {
        // Only an explicit implementation has a dotted name ("ToolGen.IToolSet.Definitions"); the check costs each
        // member's signature binding, so ordinary members are not asked.
        IPropertySymbol property => property.ExplicitInterfaceImplementations.Any(p => known.Is(p.ContainingType, Parsing.KnownNames.IToolSet)),
        IMethodSymbol method => method.ExplicitInterfaceImplementations.Any(m => known.Is(m.ContainingType, Parsing.KnownNames.IToolSet)),
        _ => false,
    };

    private static bool IsGenerated(ISymbol member)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (!reference.SyntaxTree.FilePath.EndsWith(".Tools.g.cs", System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return member.DeclaringSyntaxReferences.Length > 0;
    }

    /// <summary>Whether any declaration says <c>partial</c> (the compiler requires all to, once one does).</summary>
    public static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
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
}
