using ToolGen.Generators.Emit;
using ToolGen.Generators.Model;

namespace ToolGen.Generators.Tests;

/// <summary>
/// The emitters are pure functions of the model: these tests build models by hand, run one emitter without a driver
/// or a compilation, and assert on the text of one schema or one method.
/// </summary>
public sealed class EmitterTests
{
    private static readonly TypeModel s_int = new(TypeKind.Int32, "int", IsNullable: false, IsValueType: true);
    private static readonly TypeModel s_string = new(TypeKind.String, "string", IsNullable: false);

    private static readonly EnumModel s_unit = new(
        "global::Weather.Unit",
        "int",
        new[] { new EnumMemberModel("Celsius", "celsius", "0"), new EnumMemberModel("Fahrenheit", "fahrenheit", "1") }.ToEquatableArray());

    [Fact]
    public void Schema_of_a_nullable_int_with_a_default_and_a_range()
    {
        var field = new FieldModel(
            "count",
            s_int with { TypeName = "int?", IsNullable = true },
            IsRequired: false,
            new DefaultValueModel("5", "5"),
            "How many.",
            new ValidationModel(Minimum: "1", Maximum: "10"));
        var tool = Tool("count_things", Argument(field));

        Assert.Equal(
            """{"type":"object","properties":{"count":{"type":"integer","description":"How many.","minimum":1,"maximum":10,"default":5}}}""",
            SchemaEmitter.Parameters(tool, SchemaMode.Input));
        Assert.Equal(
            """{"type":"object","properties":{"count":{"type":["integer","null"],"description":"How many. Default: 5.","minimum":1,"maximum":10}},"required":["count"],"additionalProperties":false}""",
            SchemaEmitter.Parameters(tool, SchemaMode.Strict));
    }

    [Fact]
    public void Schema_of_a_recursive_result_goes_through_defs()
    {
        var node = new ObjectModel(
            "global::Tree.Node",
            "Node",
            IsValueType: false,
            IsRecursive: true,
            Description: null,
            ConstructorParameterCount: 0,
            HasParameterlessConstructor: true,
            new[]
            {
                new MemberModel("Name", MemberRole.Settable, -1, new FieldModel("name", s_string, true, null, null, null)),
                new MemberModel("Children", MemberRole.Settable, -1, new FieldModel("children", List(NodeType()), true, null, null, null)),
            }.ToEquatableArray());
        var tool = Tool("tree", Array.Empty<ParameterModel>()) with
        {
            Return = new ReturnModel(AsyncKind.None, NodeType() with { TypeName = "global::Tree.Node?", IsNullable = true }),
            Objects = new[] { node }.ToEquatableArray(),
        };

        Assert.Equal(
            """{"anyOf":[{"$ref":"#/$defs/Node"},{"type":"null"}],"$defs":{"Node":{"type":"object","properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#/$defs/Node"}}},"required":["name","children"]}}}""",
            SchemaEmitter.Return(tool));

        static TypeModel NodeType() => new(TypeKind.Object, "global::Tree.Node", IsNullable: false, ObjectKey: "global::Tree.Node");
    }

    [Fact]
    public void Schema_of_a_nullable_object_in_strict_mode()
    {
        var point = new ObjectModel(
            "global::Geo.Point", "Point", IsValueType: true, IsRecursive: false, "A point.", 0, true,
            new[] { new MemberModel("X", MemberRole.Settable, -1, new FieldModel("x", s_int, true, null, null, null)) }.ToEquatableArray());
        var type = new TypeModel(TypeKind.Object, "global::Geo.Point?", IsNullable: true, ObjectKey: "global::Geo.Point", IsValueType: true);
        var tool = Tool("locate", Argument(new FieldModel("at", type, false, null, null, null))) with { Objects = new[] { point }.ToEquatableArray() };

        Assert.Equal(
            """{"type":"object","properties":{"at":{"type":["object","null"],"description":"A point.","properties":{"x":{"type":"integer"}},"required":["x"],"additionalProperties":false}},"required":["at"],"additionalProperties":false}""",
            SchemaEmitter.Parameters(tool, SchemaMode.Strict));
    }

    [Fact]
    public void Reader_of_an_enum_field_calls_the_enum_reader_named_after_the_enum()
    {
        var unit = new TypeModel(TypeKind.Enum, "global::Weather.Unit", IsNullable: false, Enum: s_unit, IsValueType: true);
        var context = new EmitContext(Array.Empty<ToolModel>(), Array.Empty<ObjectModel>());
        var w = new SourceWriter();

        ValueReaderEmitter.Emit(w, context, unit, "__a0", "\"unit\"", nullKeepsDefault: false, validation: null);

        Assert.Equal(
            """
            if (__reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                global::ToolGen.Generated.ArgumentErrors.NotNull(ref __errors, "unit", "one of \"celsius\", \"fahrenheit\"");
            }
            else if (ReadUnit(ref __reader, __lenient, out var __v0))
            {
                __a0 = __v0;
            }
            else
            {
                global::ToolGen.Generated.ArgumentErrors.ExpectedName(ref __errors, ref __reader, "unit", "one of \"celsius\", \"fahrenheit\"", !__lenient && global::ToolGen.Generated.ArgumentErrors.WillList(__errors) && ReadUnit(ref __reader, true, out __v0) ? JsonNameOfUnit(__v0) : null);
            }

            """,
            w.ToString());
    }

    [Fact]
    public void Enum_helpers_name_members_by_json_name_and_values_by_constant()
    {
        var context = new EmitContext(Array.Empty<ToolModel>(), Array.Empty<ObjectModel>());
        var names = context.Enum(s_unit);
        var w = new SourceWriter();

        EnumHelperEmitter.Emit(w, s_unit, names, isFlags: false);
        var text = w.ToString();

        Assert.Contains("private static global::System.ReadOnlySpan<byte> Unit_celsius => new byte[] { 99, 101, 108, 115, 105, 117, 115 }; // \"celsius\"", text, StringComparison.Ordinal);
        Assert.Contains("value = (global::Weather.Unit)1;", text, StringComparison.Ordinal);
        Assert.Contains("(global::Weather.Unit)0 => \"celsius\",", text, StringComparison.Ordinal);
        Assert.Contains("private static void WriteUnit(global::System.Text.Json.Utf8JsonWriter writer, global::Weather.Unit value)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unit.Celsius", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_stay_unique_when_tools_or_types_meet()
    {
        var query = new ObjectModel("global::A.Query", "Query", false, false, null, 0, true, EquatableArray<MemberModel>.Empty);
        var otherQuery = query with { Key = "global::B.Query" };
        var context = new EmitContext(
            new[] { Tool("find-it", Array.Empty<ParameterModel>()), Tool("find_it", Array.Empty<ParameterModel>()) },
            new[] { query, otherQuery });

        Assert.Equal("Invoke_find_it", context.Tool(0).Invoke);
        Assert.Equal("Invoke_find_it_2", context.Tool(1).Invoke);
        Assert.Equal("ReadArguments_find_it_2", context.Tool(1).ReadArguments);
        Assert.Equal("ReadA_Query", context.ObjectNames("global::A.Query").Read);
        Assert.Equal("WriteB_Query", context.ObjectNames("global::B.Query").Write);
    }

    [Fact]
    public void Argument_names_are_per_tool_and_json_name()
    {
        var field = new FieldModel("max stops", s_int, true, null, null, null);
        var context = new EmitContext(new[] { Tool("search_flights", Argument(field)) }, Array.Empty<ObjectModel>());

        Assert.Equal("Name_search_flights_max_stops", context.Tool(0).ArgumentNames[0]);
    }

    [Fact]
    public void Writer_indents_multi_line_text_as_a_block()
    {
        var w = new SourceWriter();
        w.Open("class C");
        w.Line("""
            void M()
            {
                N();
            }
            """);
        w.Line("int x;");
        w.Close();

        Assert.Equal("class C\n{\n    void M()\n    {\n        N();\n    }\n\n    int x;\n}\n", w.ToString());
    }

    [Fact]
    public void Writer_refuses_unbalanced_blocks()
    {
        var open = new SourceWriter().Open("class C");
        Assert.Throws<InvalidOperationException>(() => open.ToString());
        Assert.Throws<InvalidOperationException>(() => new SourceWriter().Close());
    }

    private static ParameterModel Argument(FieldModel field) => new(ParameterRole.Argument, field);

    private static TypeModel List(TypeModel element) =>
        new(TypeKind.Collection, $"global::System.Collections.Generic.List<{element.TypeName}>", IsNullable: false, CollectionKind.List, element);

    private static ToolModel Tool(string name, params ParameterModel[] parameters) =>
        new(name, "M", IsStatic: false, string.Empty, RequiresApproval: false, parameters.ToEquatableArray(), new ReturnModel(AsyncKind.None, null), EquatableArray<ObjectModel>.Empty);
}
