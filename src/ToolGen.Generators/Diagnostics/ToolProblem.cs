using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Diagnostics;

/// <summary>
/// One reason a tool is wrong or worth a note: the rule, where, the message arguments, and for rules with a code fix
/// what the fix needs (<see cref="FixProperties"/>). The analyzer turns it into a <see cref="Diagnostic"/>; the
/// generator only asks whether it is an error.
/// </summary>
internal sealed class ToolProblem
{
    public ToolProblem(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs)
        : this(descriptor, location, ImmutableDictionary<string, string?>.Empty, messageArgs)
    {
    }

    public ToolProblem(DiagnosticDescriptor descriptor, Location location, ImmutableDictionary<string, string?> properties, params object?[] messageArgs)
    {
        Descriptor = descriptor;
        Location = location;
        Properties = properties;
        MessageArgs = messageArgs;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Location Location { get; }

    public ImmutableDictionary<string, string?> Properties { get; }

    public object?[] MessageArgs { get; }

    /// <summary>Whether the generator leaves the tool out (by the rule's default severity, not an .editorconfig override).</summary>
    public bool IsError => Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location, Properties, MessageArgs);
}
