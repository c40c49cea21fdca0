using System.Collections.Generic;
using ToolGen;

namespace QuickStart;

/// <summary>The trip the model planned, as a typed answer (asked for with <c>--typed</c>).</summary>
/// <param name="Route">The cities in order, the origin first and last.</param>
/// <param name="Nights">The nights away.</param>
/// <param name="EstimatedCostEur">The estimated cost in euros.</param>
/// <param name="WithinBudget">Whether the estimate fits the budget.</param>
/// <param name="Weather">The weather in Paris, in a few words.</param>
[StructuredOutput(Description = "The planned trip, summed up.")]
public sealed partial record TripSummary(List<string> Route, int Nights, int EstimatedCostEur, bool WithinBudget, string Weather);
