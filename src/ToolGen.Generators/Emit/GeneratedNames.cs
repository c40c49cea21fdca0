namespace ToolGen.Generators.Emit;

/// <summary>
/// The names generated code gives its members. The user's type gains only the public contract (<c>ToolDefinitions</c>,
/// <c>InvokeAsync</c>, <c>IToolSet.Definitions</c> or, for a static class, <c>ToolSet</c>) and one nested class,
/// <see cref="HelperClass"/>, that holds everything else under names a person can read in a debugger:
/// <c>Invoke_search_flights</c>, <c>ReadFlightQuery</c>, <c>FlightQuery_maxStops</c>.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>
    /// The nested class added to every tool type. A member of the user's type with this name would clash with it
    /// (the analyzers read this constant for TG0012).
    /// </summary>
    internal const string HelperClass = "__ToolGen";

    /// <summary>The helper's list of definitions, behind <c>ToolDefinitions</c> and <c>IToolSet.Definitions</c>.</summary>
    internal const string Definitions = "Definitions";

    /// <summary>The helper's <c>switch</c> over tool names, behind <c>InvokeAsync</c>.</summary>
    internal const string Dispatch = "Dispatch";

    /// <summary>The dispatcher both contracts share: name and UTF-8 arguments in, a <c>ToolOutput</c> out.</summary>
    internal const string DispatchOutput = "DispatchOutput";

    /// <summary>Whether a call names a tool of the base tool set, which the base's own dispatcher runs.</summary>
    internal const string IsInherited = "IsInherited";

    /// <summary>The helper's <c>IToolSet</c> for a static class, which cannot implement an interface itself.</summary>
    internal const string StaticToolSet = "StaticToolSet";

    /// <summary>A tool's part of a name: its name with '-' (allowed in tool names, not in identifiers) as '_'.</summary>
    public static string Tool(string toolName) => Text.Identifiers.Part(toolName);

    public static string Invoke(string tool) => "Invoke_" + tool;

    public static string Complete(string tool) => "Complete_" + tool;

    public static string ReadArguments(string tool) => "ReadArguments_" + tool;

    public static string WriteResult(string tool) => "WriteResult_" + tool;

    /// <summary>The UTF-8 name of a tool's argument: <c>Name_search_flights_query</c>.</summary>
    public static string ArgumentName(string tool, string jsonName) => "Name_" + tool + "_" + Text.Identifiers.Part(jsonName);

    /// <summary>The UTF-8 name of a property or enum member: <c>FlightQuery_maxStops</c>, <c>Unit_celsius</c>.</summary>
    public static string MemberName(string type, string jsonName) => type + "_" + Text.Identifiers.Part(jsonName);

    /// <summary>The pre-encoded <c>JsonEncodedText</c> beside a UTF-8 name property, which writers use.</summary>
    public static string Encoded(string nameProperty) => nameProperty + "_Json";

    public static string Read(string type) => "Read" + type;

    public static string Write(string type) => "Write" + type;

    public static string WriteFlags(string type) => "Write" + type + "Flags";

    public static string JsonNameOf(string type) => "JsonNameOf" + type;

    public static string Pattern(int index) => "Pattern" + index;

    /// <summary>A collection, map or [Flags] reader on its own, for values lenient mode finds inside a string.</summary>
    public static string ValueReader(int index) => "ReadValue" + index;
}
