namespace ToolGen.Generators.Model;

/// <summary>
/// What <c>[Tool]</c> says about a tool for user interfaces and hosts (MCP's title and hints). A hint is null when
/// the attribute leaves it out, which is not the same as <see langword="false"/>.
/// </summary>
/// <param name="Title">From <c>Title = "…"</c>.</param>
/// <param name="ReadOnly">From <c>ReadOnly = …</c>.</param>
/// <param name="Destructive">From <c>Destructive = …</c>.</param>
/// <param name="Idempotent">From <c>Idempotent = …</c>.</param>
/// <param name="OpenWorld">From <c>OpenWorld = …</c>.</param>
internal sealed record ToolAnnotationsModel(string? Title, bool? ReadOnly, bool? Destructive, bool? Idempotent, bool? OpenWorld);
