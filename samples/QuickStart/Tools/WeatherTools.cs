using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using ToolGen;

namespace QuickStart.Tools;

/// <summary>A temperature scale.</summary>
public enum TemperatureUnit
{
    /// <summary>Degrees Celsius.</summary>
    [JsonStringEnumMemberName("celsius")]
    Celsius,

    /// <summary>Degrees Fahrenheit.</summary>
    [JsonStringEnumMemberName("fahrenheit")]
    Fahrenheit,
}

/// <summary>The weather in a city right now.</summary>
/// <param name="City">The city.</param>
/// <param name="Temperature">The temperature, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit of the temperature.</param>
/// <param name="Conditions">Sky and precipitation, e.g. light rain.</param>
/// <param name="HumidityPercent">Relative humidity, 0 to 100.</param>
public sealed record WeatherReport(string City, double Temperature, TemperatureUnit Unit, string Conditions, int HumidityPercent);

/// <summary>Weather tools. A stand-in for a real weather service: the same city always gets the same weather.</summary>
public partial class WeatherTools
{
    private static readonly Dictionary<string, (double Celsius, string Conditions, int Humidity)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Paris"] = (14.0, "light rain", 81),
        ["Lyon"] = (16.5, "partly cloudy", 64),
        ["Nice"] = (19.0, "sunny", 58),
        ["Geneva"] = (11.5, "overcast", 72),
        ["London"] = (12.0, "drizzle", 85),
        ["New York"] = (9.5, "clear", 47),
        ["Tokyo"] = (18.0, "clear", 52),
    };

    private static readonly string[] Skies = { "sunny", "partly cloudy", "overcast", "light rain", "clear" };

    /// <summary>Gets the current weather in a city.</summary>
    /// <param name="city">City name, e.g. Paris or Tokyo.</param>
    /// <param name="unit">The unit of the temperature in the result.</param>
    [Tool]
    public WeatherReport GetWeather(string city, TemperatureUnit unit = TemperatureUnit.Celsius)
    {
        city = city.Trim();
        if (city.Length == 0)
        {
            throw new ToolException("The city name is empty; give a city such as \"Paris\".");
        }

        if (!Known.TryGetValue(city, out var weather))
        {
            // Any other city gets stable made-up weather (string.GetHashCode is randomized per process, FNV-1a is not).
            var hash = 2166136261u;
            foreach (var c in city.ToUpperInvariant())
            {
                hash = (hash ^ c) * 16777619u;
            }

            weather = (-5 + (hash % 350) / 10.0, Skies[hash % (uint)Skies.Length], 30 + (int)(hash % 60));
        }

        var temperature = unit == TemperatureUnit.Celsius ? weather.Celsius : Math.Round((weather.Celsius * 9 / 5) + 32, 1);
        return new WeatherReport(city, temperature, unit, weather.Conditions, weather.Humidity);
    }
}
