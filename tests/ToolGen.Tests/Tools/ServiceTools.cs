using ToolGen;

namespace ToolGen.Tests.Tools;

public interface IClock
{
    DateTimeOffset Now { get; }
}

public sealed class FixedClock : IClock
{
    public DateTimeOffset Now => new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
}

public sealed class SimpleServices : IServiceProvider
{
    private readonly Dictionary<Type, object> _services = new();

    public SimpleServices Add<T>(T service) where T : notnull
    {
        _services[typeof(T)] = service;
        return this;
    }

    public object? GetService(Type serviceType) => _services.TryGetValue(serviceType, out var service) ? service : null;
}

/// <summary>Tools whose special parameters come from the host, not the model.</summary>
public partial class ServiceTools
{
    [Tool]
    public string Now([FromServices] IClock clock, string format = "yyyy-MM-dd") => clock.Now.ToString(format);

    [Tool]
    public string WhoAmI(ToolCallContext context, IServiceProvider services)
    {
        context.Items["seen"] = true;
        return $"{context.CallId}|{context.ToolName}|{services.GetService(typeof(IClock)) is not null}|{context.Items.Count}";
    }
}
