using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Parsing;

/// <summary>Gathers the <see cref="ReferenceMarks"/> of the symbols one tool or one object type makes generated code name.</summary>
internal sealed class MarkCollector
{
    private readonly KnownSymbols _known;
    private readonly SortedSet<string> _experimental = new(System.StringComparer.Ordinal);
    private bool _obsoleteError;

    public MarkCollector(KnownSymbols known)
    {
        _known = known;
    }

    /// <summary>Notes a type, member or method that generated code names, with the types that contain it and its assembly.</summary>
    public void Note(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return;
        }

        for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
        {
            NoteOwn(current);
            if (current is IMethodSymbol { AssociatedSymbol: { } property })
            {
                NoteOwn(property);
            }
        }

        if (symbol.ContainingAssembly is { } assembly)
        {
            NoteOwn(assembly);
            NoteOwn(symbol.ContainingModule);
        }
    }

    /// <summary>Everything noted, merged with other marks (an object's, when the tool reuses a judged object).</summary>
    public ReferenceMarks ToMarks() => _experimental.Count == 0 && !_obsoleteError
        ? ReferenceMarks.None
        : new ReferenceMarks(_experimental.ToEquatableArray(), _obsoleteError);

    public void Add(ReferenceMarks marks)
    {
        foreach (var id in marks.ExperimentalIds)
        {
            _experimental.Add(id);
        }

        _obsoleteError |= marks.ObsoleteError;
    }

    private void NoteOwn(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (_known.Is(attribute, KnownNames.ExperimentalAttribute) &&
                attribute.ConstructorArguments.FirstOrDefault().Value is string id)
            {
                _experimental.Add(id);
            }
            else if (_known.Is(attribute, KnownNames.ObsoleteAttribute) &&
                attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[1].Value is true)
            {
                _obsoleteError = true;
            }
        }
    }
}
