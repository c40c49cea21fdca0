using System.Collections.Generic;
using ToolGen.Generators.Emit;

namespace ToolGen.Generators.Budget;

/// <summary>
/// What OpenAI's strict mode counts in one schema, measured on the schema tree the generator writes: object properties
/// (every object, <c>$defs</c> included), the deepest nesting of objects and arrays (the root object is level 1; a
/// <c>$ref</c> is not followed), enum values, the total length of property names, definition names and enum values,
/// and the longest string enum of more than <see cref="BudgetLimits.LargeEnumValues"/> values.
/// </summary>
internal sealed class SchemaStats
{
    public int Properties { get; private set; }

    public int Depth { get; private set; }

    public int EnumValues { get; private set; }

    public int StringLength { get; private set; }

    public int LargestEnumLength { get; private set; }

    public static SchemaStats Of(SchemaNode root)
    {
        var stats = new SchemaStats();
        stats.Walk(root, 1);
        foreach (var definition in root.Defs ?? new List<KeyValuePair<string, SchemaNode>>())
        {
            stats.StringLength += definition.Key.Length;
            stats.Walk(definition.Value, 1);
        }

        return stats;
    }

    private void Walk(SchemaNode node, int level)
    {
        if (node.Properties is { } properties)
        {
            Depth = System.Math.Max(Depth, level);
            Properties += properties.Count;
            foreach (var property in properties)
            {
                StringLength += property.Key.Length;
                Walk(property.Value, level + 1);
            }
        }

        if (node.Enum is { } values)
        {
            EnumValues += values.Count;
            var length = 0;
            foreach (var value in values)
            {
                // Values are JSON text; a string's quotes are not part of its length.
                length += value.Length >= 2 && value[0] == '"' ? value.Length - 2 : value.Length;
            }

            StringLength += length;
            if (values.Count > BudgetLimits.LargeEnumValues)
            {
                LargestEnumLength = System.Math.Max(LargestEnumLength, length);
            }
        }

        if (node.Items is { } items)
        {
            Depth = System.Math.Max(Depth, level);
            Walk(items, level + 1);
        }

        foreach (var choice in node.AnyOf ?? new List<SchemaNode>())
        {
            Walk(choice, level);
        }

        if (node.AdditionalProperties is { } mapValues)
        {
            Walk(mapValues, level + 1);
        }
    }
}
