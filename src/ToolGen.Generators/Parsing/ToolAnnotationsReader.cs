using Microsoft.CodeAnalysis;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Parsing;

/// <summary>
/// Reads <c>Title</c> and the hints from a <c>[Tool]</c> attribute as written: a named argument that is absent stays
/// null, so <c>ReadOnly = false</c> is announced and a left-out <c>ReadOnly</c> is not.
/// </summary>
internal static class ToolAnnotationsReader
{
    /// <summary>The annotations, or null when the attribute sets none (the common case: no model, no emitted code).</summary>
    public static ToolAnnotationsModel? Read(AttributeData attribute)
    {
        string? title = null;
        bool? readOnly = null, destructive = null, idempotent = null, openWorld = null;
        foreach (var argument in attribute.NamedArguments)
        {
            var value = argument.Value.Value;
            switch (argument.Key)
            {
                case "Title" when value is string text:
                    title = text;
                    break;
                case "ReadOnly" when value is bool flag:
                    readOnly = flag;
                    break;
                case "Destructive" when value is bool flag:
                    destructive = flag;
                    break;
                case "Idempotent" when value is bool flag:
                    idempotent = flag;
                    break;
                case "OpenWorld" when value is bool flag:
                    openWorld = flag;
                    break;
            }
        }

        return title is null && readOnly is null && destructive is null && idempotent is null && openWorld is null
            ? null
            : new ToolAnnotationsModel(title, readOnly, destructive, idempotent, openWorld);
    }
}
