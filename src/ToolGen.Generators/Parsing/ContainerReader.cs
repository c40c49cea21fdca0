using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Diagnostics;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;
using TypeKind = Microsoft.CodeAnalysis.TypeKind;

namespace ToolGen.Generators.Parsing;

/// <summary>What the type holding tools allows: the header the generated half reopens it with, or why it cannot.</summary>
/// <param name="Header">The header, or null when ToolGen cannot add to the type.</param>
/// <param name="NotPartial">TG0002 (once per type), or null.</param>
/// <param name="Unsupported">TG0003's reason for every tool of the type (a generic or an interface in the chain…), or null.</param>
/// <param name="Clash">The member the type already declares that ToolGen generates (TG0012), or null.</param>
/// <param name="InheritedTools">Tool names a base tool set already answers to, each with its method (<c>Base.Method</c>), for TG0005.</param>
internal sealed record ContainerReading(
    ToolSetHeader? Header,
    ToolProblem? NotPartial,
    string? Unsupported,
    string? Clash,
    IReadOnlyDictionary<string, string> InheritedTools);

/// <summary>
/// Reads the type that holds tools: whether generated code can reopen it, what it must not redeclare, and which base
/// type's tools it inherits. Shared by the generator (which needs the header) and the analyzer (which reports why not).
/// </summary>
internal static class ContainerReader
{
    public static ContainerReading Read(INamedTypeSymbol type, KnownSymbols known, bool describeProblems, CancellationToken cancellationToken)
    {
        var notPartial = !ContainerChecks.AllPartial(type, cancellationToken)
            ? (describeProblems ? ContainerChecks.NotPartial(type, cancellationToken) : ContainerChecks.NotPartialMarker)
            : null;
        var unsupported = ContainerChecks.Unsupported(type);
        var clash = ContainerChecks.GeneratedMemberClash(type, known);
        var baseToolSet = BaseToolSet(type, known, cancellationToken);
        var inherited = baseToolSet is null ? new Dictionary<string, string>() : InheritedNames(baseToolSet, known);
        if (notPartial is not null || unsupported is not null || clash is not null)
        {
            return new ContainerReading(null, notPartial, unsupported, clash, inherited);
        }

        var (ns, chain) = Reopening(type);
        var header = new ToolSetHeader(
            ns,
            chain,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.IsStatic,
            HidesBaseMembers: HidesToolDefinitions(type, known, baseToolSet),
            InvokeModifier: InvokeModifier(type, known, baseToolSet),
            BaseToolSet: baseToolSet?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            InheritedToolNames: inherited.Keys.OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray(),
            IsMutableStruct: type.TypeKind == TypeKind.Struct && !type.IsReadOnly);
        return new ContainerReading(header, null, null, null, inherited);
    }

    /// <summary>What generated code reopens a type with: its namespace (or null) and the type with its enclosing types, outermost first.</summary>
    internal static (string? Namespace, EquatableArray<ContainingTypeModel> Chain) Reopening(INamedTypeSymbol type)
    {
        var chain = new List<ContainingTypeModel>();
        for (var current = type; current is not null; current = current.ContainingType)
        {
            chain.Insert(0, new ContainingTypeModel(Keyword(current), Identifiers.Escape(current.Name)));
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } containing
            ? string.Join(".", containing.ToDisplayParts().Where(p => p.Kind == SymbolDisplayPartKind.NamespaceName).Select(p => Identifiers.Escape(p.ToString())))
            : null;
        return (ns, chain.ToEquatableArray());
    }

    /// <summary>
    /// The nearest base type that is itself a tool set whose tools a derived set includes: one that declares
    /// <c>[Tool]</c> methods ToolGen generates for, or one compiled with ToolGen (it has a static <c>ToolDefinitions</c>
    /// and implements <c>IToolSet</c>).
    /// </summary>
    private static INamedTypeSymbol? BaseToolSet(INamedTypeSymbol type, KnownSymbols known, CancellationToken cancellationToken)
    {
        for (var current = type.BaseType; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (current.DeclaringSyntaxReferences.Length > 0)
            {
                if (GeneratesTools(current, known, cancellationToken))
                {
                    return current;
                }
            }
            else if (current.AllInterfaces.Any(i => known.Is(i, KnownNames.IToolSet)) &&
                current.GetMembers("ToolDefinitions").Any(m => m.IsStatic && known.Compilation.IsSymbolAccessibleWithin(m, type)))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>Whether the generator will give a type of this compilation a tool set: at least one of its tools reads without error.</summary>
    private static bool GeneratesTools(INamedTypeSymbol type, KnownSymbols known, CancellationToken cancellationToken)
    {
        foreach (var (method, attribute) in ToolMethods(type, known))
        {
            if (ToolReader.ReadModel(method, attribute, known, cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The methods of a type marked <c>[Tool]</c>, with their attribute.</summary>
    public static IEnumerable<(IMethodSymbol Method, AttributeData Attribute)> ToolMethods(INamedTypeSymbol type, KnownSymbols known)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IMethodSymbol method && known.Attribute(method, KnownNames.ToolAttribute) is { } attribute)
            {
                yield return (method, attribute);
            }
        }
    }

    private static Dictionary<string, string> InheritedNames(INamedTypeSymbol baseToolSet, KnownSymbols known)
    {
        var names = new Dictionary<string, string>(System.StringComparer.Ordinal);
        for (var current = baseToolSet; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var (method, attribute) in ToolMethods(current, known))
            {
                var name = ToolReader.ToolName(method, attribute, known.Options);
                if (!names.ContainsKey(name))
                {
                    names.Add(name, current.Name + "." + method.Name);
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Whether the generated static <c>ToolDefinitions</c> hides a base member: any accessible member of that name does
    /// (a property hides every inherited member of its name); an inaccessible one does not, and <c>new</c> would be CS0109.
    /// </summary>
    private static bool HidesToolDefinitions(INamedTypeSymbol type, KnownSymbols known, INamedTypeSymbol? baseToolSet) =>
        baseToolSet is not null || AccessibleBaseMembers(type, "ToolDefinitions", known).Any();

    /// <summary>
    /// The modifier of the generated <c>InvokeAsync</c>: <c>override</c> of a base tool set's virtual dispatcher (so that
    /// the tools a call reaches do not depend on the static type it is made through), <c>new</c> when a base member of
    /// that signature (or a non-method of that name) would be hidden, <c>virtual</c> in a class a tool set may derive
    /// from, else nothing.
    /// </summary>
    private static string InvokeModifier(INamedTypeSymbol type, KnownSymbols known, INamedTypeSymbol? baseToolSet)
    {
        if (type.IsStatic)
        {
            return string.Empty;
        }

        foreach (var member in AccessibleBaseMembers(type, "InvokeAsync", known))
        {
            if (member is not IMethodSymbol method)
            {
                return "new ";
            }

            if (method.Parameters.Length == 2 && known.Is(method.Parameters[0].Type, KnownNames.ToolCall) && known.Is(method.Parameters[1].Type, KnownNames.CancellationToken))
            {
                return (method.IsVirtual || method.IsOverride || method.IsAbstract) && !method.IsSealed ? "override " : "new ";
            }
        }

        if (baseToolSet is { DeclaringSyntaxReferences.Length: > 0 })
        {
            // Generated in this compilation, where the generator cannot see it: it is virtual (see below).
            return "override ";
        }

        return type.TypeKind == TypeKind.Class && !type.IsSealed ? "virtual " : string.Empty;
    }

    private static IEnumerable<ISymbol> AccessibleBaseMembers(INamedTypeSymbol type, string name, KnownSymbols known)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (known.Compilation.IsSymbolAccessibleWithin(member, type))
                {
                    yield return member;
                }
            }
        }
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.TypeKind) switch
    {
        (true, TypeKind.Struct) => "record struct",
        (true, _) => "record",
        (false, TypeKind.Struct) => "struct",
        _ => "class",
    };
}
