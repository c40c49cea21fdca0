using System;
using System.Collections.Generic;
using ToolGen.Streaming;

namespace ToolGen.Chat;

/// <summary>What one run of an <see cref="OpenAIChatLoop"/> ended with.</summary>
public sealed class ChatLoopResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="text">The model's final answer, or <see langword="null"/> when the step limit was hit first.</param>
    /// <param name="steps">How many requests were sent to the model.</param>
    /// <param name="stepLimitReached">Whether the run stopped at <see cref="ChatLoopOptions.MaxSteps"/> with the model still calling tools.</param>
    /// <param name="finishReason">The last response's <c>finish_reason</c>, if it had one.</param>
    /// <param name="transcript">Every tool call of the run, with its result, in order.</param>
    public ChatLoopResult(string? text, int steps, bool stepLimitReached, string? finishReason, IReadOnlyList<ToolInvocation> transcript)
    {
        Text = text;
        Steps = steps;
        StepLimitReached = stepLimitReached;
        FinishReason = finishReason;
        Transcript = transcript;
    }

    /// <summary>
    /// The model's final answer: the content of the last response, which held no tool calls (empty when it had no content).
    /// <see langword="null"/> when <see cref="StepLimitReached"/>.
    /// </summary>
    public string? Text { get; }

    /// <summary>How many requests were sent to the model in this run (1 when it answered at once).</summary>
    public int Steps { get; }

    /// <summary>
    /// Whether the run stopped because <see cref="ChatLoopOptions.MaxSteps"/> requests were sent and the last response
    /// still asked for tools. Those calls were run and their results appended, so the conversation can be resumed
    /// with another <see cref="OpenAIChatLoop.RunAsync(System.Threading.CancellationToken)"/>.
    /// </summary>
    public bool StepLimitReached { get; }

    /// <summary>The last response's <c>choices[0].finish_reason</c> (<c>stop</c>, <c>tool_calls</c>, <c>length</c>…), or <see langword="null"/>.</summary>
    public string? FinishReason { get; }

    /// <summary>Every tool call of the run with the result sent back, in the order the model made them.</summary>
    public IReadOnlyList<ToolInvocation> Transcript { get; }

    /// <summary>Each request of the run, in order: finish reason, usage, number of calls.</summary>
    public IReadOnlyList<ChatStep> StepDetails { get; init; } = Array.Empty<ChatStep>();

    /// <summary>The tokens of the whole run, summed over the steps that reported usage; <see langword="null"/> when none did.</summary>
    public ChatUsage? Usage
    {
        get
        {
            long? input = null, output = null;
            foreach (var step in StepDetails)
            {
                if (step.Usage?.InputTokens is long i)
                {
                    input = (input ?? 0) + i;
                }

                if (step.Usage?.OutputTokens is long o)
                {
                    output = (output ?? 0) + o;
                }
            }

            return input is null && output is null ? null : new ChatUsage(input, output);
        }
    }
}
