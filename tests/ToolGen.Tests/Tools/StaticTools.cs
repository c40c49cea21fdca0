using ToolGen;

namespace ToolGen.Tests.Tools;

/// <summary>A static class: it gets a generated <c>ToolSet</c> property.</summary>
public static partial class ConversionTools
{
    /// <summary>Converts a temperature from Celsius to Fahrenheit.</summary>
    /// <param name="celsius">Degrees Celsius.</param>
    [Tool]
    public static double CelsiusToFahrenheit(double celsius) => (celsius * 9 / 5) + 32;

    [Tool]
    public static async ValueTask<string> ShoutAsync(string text)
    {
        await Task.Yield();
        return text.ToUpperInvariant();
    }

    [Tool]
    private static ValueTask Ping() => default;
}

public partial class Outer
{
    /// <summary>A nested tool type with keyword-named parameters.</summary>
    public partial class NestedTools
    {
        [Tool]
        public string Classify(string @class, int @event = 1) => @class + @event;
    }
}
