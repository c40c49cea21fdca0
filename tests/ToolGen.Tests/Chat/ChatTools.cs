using System.Collections.Concurrent;
using ToolGen;

namespace ToolGen.Tests.Chat;

/// <summary>A weather report.</summary>
/// <param name="City">The city.</param>
/// <param name="Celsius">Temperature in degrees Celsius.</param>
/// <param name="Conditions">Sky and rain.</param>
public sealed record CityWeather(string City, double Celsius, string Conditions);

/// <summary>Tools that the chat loop tests let the scripted model call.</summary>
public partial class ChatTools
{
    private readonly TaskCompletionSource _bothArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);
    private int _arrived;

    /// <summary>What ran, in the order it ran.</summary>
    public ConcurrentQueue<string> Ran { get; } = new();

    /// <summary>Gets the current weather in a city.</summary>
    /// <param name="city">City name, e.g. Paris.</param>
    [Tool]
    public CityWeather GetWeather(string city)
    {
        Ran.Enqueue("get_weather " + city);
        return new CityWeather(city, city == "Paris" ? 18.5 : 25, "sunny");
    }

    /// <summary>Waits until a second call of this tool has started, then, if told to, until another meeting has finished.</summary>
    /// <param name="name">Who is meeting.</param>
    /// <param name="after">The name of a meeting that must finish before this one does, or null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    [Tool]
    public async Task<string> Meet(string name, string? after, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _arrived) == 2)
        {
            _bothArrived.TrySetResult();
        }

        // Run one after the other, the first call would wait here for ever: only concurrent calls meet. The order in
        // which they finish is set by `after`, not by a delay, so the test does not depend on timing.
        await _bothArrived.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        if (after is not null)
        {
            await Finished(after).Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        Ran.Enqueue("meet " + name);
        Finished(name).TrySetResult();
        return "met " + name;
    }

    private TaskCompletionSource Finished(string name) =>
        _finished.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>Deletes a file.</summary>
    /// <param name="path">The file to delete.</param>
    [Tool(RequiresApproval = true)]
    public string DeleteFile(string path)
    {
        Ran.Enqueue("delete_file " + path);
        return "deleted " + path;
    }

    /// <summary>Says how it was called.</summary>
    /// <param name="text">Any text.</param>
    /// <param name="context">The call.</param>
    [Tool]
    public string Probe(string text, ToolCallContext context) =>
        text + "|strict=" + context.Call.Strict + "|services=" + (context.Services is not null);

    /// <summary>Sets labels; an open dictionary has no strict schema.</summary>
    /// <param name="labels">Label names and values.</param>
    /// <param name="context">The call.</param>
    [Tool]
    public string Label(Dictionary<string, string> labels, ToolCallContext context) =>
        labels.Count + "|strict=" + context.Call.Strict;
}
