using System.Collections.Generic;

namespace ToolGen.Generators.Emit;

/// <summary>
/// One JSON Schema, as <see cref="SchemaEmitter"/> builds it from the model and <see cref="SchemaWriter"/> writes it.
/// Only the keywords ToolGen uses; a null (or false) keyword is left out. Numbers, defaults and enum values are held
/// as JSON text, already in the form the schema shows them.
/// </summary>
internal sealed class SchemaNode
{
    /// <summary><c>$ref</c>: a pointer such as <c>#/$defs/Node</c>.</summary>
    public string? Ref { get; set; }

    /// <summary><c>anyOf</c>: used for a nullable reference, <c>[{"$ref":…},{"type":"null"}]</c>.</summary>
    public List<SchemaNode>? AnyOf { get; set; }

    /// <summary><c>type</c>: one name is written as a string, more as an array (<c>["integer","null"]</c>).</summary>
    public List<string>? Types { get; set; }

    public string? Description { get; set; }

    public string? Format { get; set; }

    /// <summary><c>properties</c>, in order; an empty list is written as <c>{}</c>.</summary>
    public List<KeyValuePair<string, SchemaNode>>? Properties { get; set; }

    /// <summary><c>required</c>; an empty list is written as <c>[]</c>.</summary>
    public List<string>? Required { get; set; }

    public SchemaNode? Items { get; set; }

    public bool UniqueItems { get; set; }

    /// <summary><c>propertyNames</c>: the schema every key of a map must match (the names of an enum key).</summary>
    public SchemaNode? PropertyNames { get; set; }

    /// <summary><c>additionalProperties</c> as a schema (the values of a map).</summary>
    public SchemaNode? AdditionalProperties { get; set; }

    /// <summary><c>additionalProperties: false</c> (a strict object).</summary>
    public bool NoAdditionalProperties { get; set; }

    /// <summary>The lower bound as JSON text, and whether it is exclusive.</summary>
    public (string Value, bool Exclusive)? Minimum { get; set; }

    /// <summary>The upper bound as JSON text, and whether it is exclusive.</summary>
    public (string Value, bool Exclusive)? Maximum { get; set; }

    public int? MinLength { get; set; }

    public int? MaxLength { get; set; }

    public int? MinItems { get; set; }

    public int? MaxItems { get; set; }

    public string? Pattern { get; set; }

    /// <summary><c>enum</c>: each value as JSON text.</summary>
    public List<string>? Enum { get; set; }

    /// <summary><c>not: {enum: […]}</c>: each value as JSON text.</summary>
    public List<string>? NotEnum { get; set; }

    /// <summary><c>default</c> as JSON text.</summary>
    public string? Default { get; set; }

    /// <summary><c>$defs</c> of the root: recursive object types by name.</summary>
    public List<KeyValuePair<string, SchemaNode>>? Defs { get; set; }
}
