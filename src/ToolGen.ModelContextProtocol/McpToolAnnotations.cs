using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace ToolGen.ModelContextProtocol;

/// <summary>
/// A definition's title, hints and approval as MCP announces them in <c>tools/list</c>: <c>annotations</c> and
/// <c>_meta</c>.
/// </summary>
internal static class McpToolAnnotations
{
    /// <summary>
    /// The <c>_meta</c> key that says a tool was declared with <c>[Tool(RequiresApproval = true)]</c>. MCP has no field
    /// for it (confirmation is the client's business); the key is ToolGen's own, prefixed as the specification asks
    /// (reverse DNS, outside the prefixes it reserves).
    /// </summary>
    public const string RequiresApprovalKey = "dev.toolgen/requiresApproval";

    /// <summary>
    /// The annotations, or <see langword="null"/> when the tool says nothing. Hints left out of <c>[Tool]</c> stay out
    /// (a client applies the protocol's defaults), with one exception: a tool that requires approval and says neither
    /// <c>ReadOnly</c> nor <c>Destructive</c> is announced with <c>destructiveHint: true</c>, the hint clients that
    /// confirm risky calls act on. (It is also the protocol's default, now stated.)
    /// </summary>
    public static ToolAnnotations? From(ToolDefinition definition)
    {
        var destructive = definition.DestructiveHint;
        if (definition.RequiresApproval && destructive is null && definition.ReadOnlyHint is null)
        {
            destructive = true;
        }

        if (definition.Title is null && definition.ReadOnlyHint is null && destructive is null &&
            definition.IdempotentHint is null && definition.OpenWorldHint is null)
        {
            return null;
        }

        return new ToolAnnotations
        {
            // Also in annotations: clients of protocol 2025-03-26 know only annotations.title.
            Title = definition.Title,
            ReadOnlyHint = definition.ReadOnlyHint,
            DestructiveHint = destructive,
            IdempotentHint = definition.IdempotentHint,
            OpenWorldHint = definition.OpenWorldHint,
        };
    }

    /// <summary><c>{"dev.toolgen/requiresApproval": true}</c> for a tool that requires approval, else <see langword="null"/>.</summary>
    public static JsonObject? Meta(ToolDefinition definition) =>
        definition.RequiresApproval ? new JsonObject { [RequiresApprovalKey] = true } : null;
}
