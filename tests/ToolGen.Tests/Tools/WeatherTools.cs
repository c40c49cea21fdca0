using System.ComponentModel;
using ToolGen;

namespace ToolGen.Tests.Tools;

public enum TemperatureUnit
{
    Celsius,
    Fahrenheit,
}

/// <summary>Weather tools used by the behaviour tests.</summary>
public partial class WeatherTools
{
    public int Calls { get; private set; }

    /// <summary>Gets the current temperature in a city.</summary>
    /// <param name="city">City name, e.g. <c>Paris</c>.</param>
    /// <param name="unit">The unit of the result.</param>
    [Tool]
    public double GetTemperature(string city, TemperatureUnit unit = TemperatureUnit.Celsius)
    {
        Calls++;
        return unit == TemperatureUnit.Celsius ? 21.5 : 70.7;
    }

    [Tool("get_stock_price", Description = "Latest price of a stock")]
    public static decimal Price([Description("Ticker, e.g. AAPL")] string symbol) => symbol == "AAPL" ? 195.25m : 10m;

    /// <summary>Forecast for the next days.</summary>
    [Tool]
    public async Task<double[]> ForecastAsync(string city, int days, CancellationToken cancellationToken)
    {
        await Task.Delay(1, cancellationToken);
        return Enumerable.Range(0, days).Select(i => 20.0 + i).ToArray();
    }
}
