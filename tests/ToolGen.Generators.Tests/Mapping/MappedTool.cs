using System.Linq;
using System.Text.Json;
using ToolGen.Generators.Emit;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Tests.Mapping;

/// <summary>
/// One tool built from one line of C#, run through the generator, with what a mapping test looks at: the model, the
/// schemas, and the generated source (which must compile warning-free). Add a mapping test with a single line:
/// <c>var tool = MappedTool.Of("public int F(Unit unit) => 0;", "public enum Unit { A, B }");</c>
/// </summary>
internal sealed class MappedTool
{
    private MappedTool(GeneratorRun run)
    {
        Run = run;
        Model = run.ToolSets.Single().Tools.Single();
    }

    public GeneratorRun Run { get; }

    public ToolModel Model { get; }

    /// <summary>The first argument's field (name, type, required, default, rules).</summary>
    public FieldModel Field => Model.Parameters.First(p => p.Field is not null).Field!;

    /// <summary>The common schema of the arguments, parsed.</summary>
    public JsonElement Schema => Parse(SchemaEmitter.Parameters(Model, SchemaMode.Input)!);

    /// <summary>The strict schema of the arguments, or null when the tool has none.</summary>
    public string? StrictSchema => SchemaEmitter.Parameters(Model, SchemaMode.Strict);

    /// <summary>The schema of the first argument: <c>properties.&lt;name&gt;</c>.</summary>
    public JsonElement Argument => Schema.GetProperty("properties").GetProperty(Field.JsonName);

    public string Source => Run.Sources.Values.Single();

    /// <summary>
    /// A tool class <c>Tools</c> holding <paramref name="member"/> marked <c>[Tool]</c>, beside <paramref name="declarations"/>.
    /// </summary>
    public static MappedTool Of(string member, string declarations = "")
    {
        var source = $$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel;
            using System.ComponentModel.DataAnnotations;
            using System.Threading.Tasks;
            using ToolGen;

            {{declarations}}

            public partial class Tools
            {
                [Tool]
                {{member}}
            }
            """;
        var run = GeneratorHarness.Run(source);
        GeneratorHarness.AssertCompilesClean(run);
        return new MappedTool(run);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
