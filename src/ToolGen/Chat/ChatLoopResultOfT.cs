using System;

namespace ToolGen.Chat;

/// <summary>What a run that asked for a structured answer ended with: the answer read as a <typeparamref name="T"/>, and the run.</summary>
/// <typeparam name="T">The answer type.</typeparam>
public sealed class ChatLoopResult<T>
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The answer.</param>
    /// <param name="run">The run that produced it (its <see cref="ChatLoopResult.Text"/> is the answer's JSON).</param>
    /// <param name="attempts">How many answers were read (1 when the first one was readable).</param>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is <see langword="null"/>.</exception>
    public ChatLoopResult(T value, ChatLoopResult run, int attempts)
    {
        Value = value;
        Run = run ?? throw new ArgumentNullException(nameof(run));
        Attempts = attempts;
    }

    /// <summary>The answer.</summary>
    public T Value { get; }

    /// <summary>The last run (its text is the answer's JSON).</summary>
    public ChatLoopResult Run { get; }

    /// <summary>How many answers were read (1 when the first one was readable).</summary>
    public int Attempts { get; }
}
