using ToolGen;

namespace ToolGen.Extensions.AI.Tests;

public enum Unit
{
    Celsius,
    Fahrenheit,
}

/// <summary>The weather in a city.</summary>
/// <param name="City">The city.</param>
/// <param name="Temperature">The temperature.</param>
/// <param name="Unit">Its unit.</param>
public sealed record Weather(string City, double Temperature, Unit Unit);

public interface IGreeting
{
    string Greet(string name);
}

public sealed class Greeting : IGreeting
{
    public string Greet(string name) => "Hello, " + name + "!";
}

public sealed class Services : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = new();

    public Services Add<T>(T service) where T : notnull
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var service) ? service : null;
}

/// <summary>Tools the adapter tests offer to a scripted model.</summary>
public partial class AssistantTools
{
    public List<string> Deleted { get; } = new();

    /// <summary>Gets the current weather of a city.</summary>
    /// <param name="city">The city name, e.g. Paris.</param>
    /// <param name="unit">The unit of the temperature.</param>
    [Tool]
    public Weather GetWeather(string city, Unit unit = Unit.Celsius) =>
        new(city, unit == Unit.Celsius ? 14 : 57.2, unit);

    /// <summary>Adds two integers.</summary>
    /// <param name="a">The first.</param>
    /// <param name="b">The second.</param>
    [Tool]
    public int Add(int a, int b) => a + b;

    /// <summary>Repeats a text.</summary>
    /// <param name="text">What to repeat.</param>
    /// <param name="times">How many times, 1 to 5.</param>
    [Tool]
    public string Repeat(string text, [System.ComponentModel.DataAnnotations.Range(1, 5)] int times = 1) =>
        string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Greets someone with the host's greeting service.</summary>
    /// <param name="greeting">From the host.</param>
    /// <param name="name">Who to greet.</param>
    [Tool]
    public string Greet([FromServices] IGreeting greeting, string name) => greeting.Greet(name);

    /// <summary>Sums numbers.</summary>
    /// <param name="values">The numbers.</param>
    [Tool]
    public double Sum(List<double> values) => values.Sum();

    /// <summary>Waits until cancelled.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    [Tool]
    public async Task<string> WaitForever(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        return "never";
    }

    /// <summary>Deletes a file.</summary>
    /// <param name="path">The file.</param>
    [Tool(RequiresApproval = true, Title = "Delete a file", Destructive = true, Idempotent = false)]
    public void DeleteFile(string path) => Deleted.Add(path);
}
