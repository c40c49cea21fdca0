namespace ToolGen;

/// <summary>How ToolGen turns a C# name into the name a model sees.</summary>
public enum NamingPolicy
{
    /// <summary>The name as declared (without a leading <c>@</c>).</summary>
    AsDeclared,

    /// <summary><c>cityName</c>.</summary>
    CamelCase,

    /// <summary><c>city_name</c>.</summary>
    SnakeCase,

    /// <summary><c>city-name</c>.</summary>
    KebabCase,
}
