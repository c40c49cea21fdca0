using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ToolGen;

namespace QuickStart.Tools;

/// <summary>How comfortably to travel.</summary>
public enum TravelStyle
{
    /// <summary>Hostels and regional trains.</summary>
    [JsonStringEnumMemberName("budget")]
    Budget,

    /// <summary>Three-star hotels and fast trains.</summary>
    [JsonStringEnumMemberName("comfort")]
    Comfort,

    /// <summary>Five-star hotels and first class.</summary>
    [JsonStringEnumMemberName("luxury")]
    Luxury,
}

/// <summary>A round trip to plan.</summary>
/// <param name="Origin">Where the trip starts and ends.</param>
/// <param name="Stops">The cities to visit, in order.</param>
/// <param name="NightsPerStop">Nights to spend in each stop.</param>
/// <param name="Budget">Budget in euros per category: hotel, food, transport (others are ignored).</param>
/// <param name="Style">How comfortably to travel.</param>
public sealed record TripRequest(
    string Origin,
    List<string> Stops,
    [property: Range(1, 14)] int NightsPerStop,
    Dictionary<string, int> Budget,
    TravelStyle Style = TravelStyle.Comfort);

/// <summary>One leg of a trip: the journey to a stop and the nights spent there.</summary>
/// <param name="From">Where the leg starts.</param>
/// <param name="To">Where it ends.</param>
/// <param name="Nights">Nights spent at <paramref name="To"/> (0 for the way home).</param>
/// <param name="Cost">Estimated cost in euros: transport, hotel and food.</param>
public sealed record TripLeg(string From, string To, int Nights, int Cost);

/// <summary>A planned trip.</summary>
/// <param name="Legs">The legs, in order, ending back at the origin.</param>
/// <param name="TotalNights">Nights away.</param>
/// <param name="EstimatedCost">Estimated cost in euros.</param>
/// <param name="CostByCategory">Estimated cost in euros per category.</param>
/// <param name="Budget">The budget in euros, all categories together.</param>
/// <param name="WithinBudget">Whether every category fits its budget.</param>
/// <param name="Notes">Remarks for the traveller.</param>
public sealed record TripPlan(
    List<TripLeg> Legs,
    int TotalNights,
    int EstimatedCost,
    Dictionary<string, int> CostByCategory,
    int Budget,
    bool WithinBudget,
    List<string> Notes);

/// <summary>Trip planning tools.</summary>
public partial class TripTools
{
    /// <summary>
    /// Plans a round trip through several cities and checks it against a budget. It places provisional hotel holds,
    /// so the user approves each call.
    /// </summary>
    /// <param name="request">The trip to plan.</param>
    [Tool(RequiresApproval = true)]
    public TripPlan PlanTrip(TripRequest request)
    {
        var (hotelPerNight, foodPerDay, transportPerLeg) = request.Style switch
        {
            TravelStyle.Budget => (45, 30, 40),
            TravelStyle.Luxury => (420, 150, 160),
            _ => (130, 60, 75),
        };

        var legs = new List<TripLeg>();
        var previous = request.Origin;
        foreach (var stop in request.Stops)
        {
            legs.Add(new TripLeg(previous, stop, request.NightsPerStop, transportPerLeg + (request.NightsPerStop * (hotelPerNight + foodPerDay))));
            previous = stop;
        }

        legs.Add(new TripLeg(previous, request.Origin, 0, transportPerLeg));

        var nights = request.Stops.Count * request.NightsPerStop;
        var costs = new Dictionary<string, int>
        {
            ["hotel"] = nights * hotelPerNight,
            ["food"] = nights * foodPerDay,
            ["transport"] = legs.Count * transportPerLeg,
        };

        var notes = new List<string>();
        var withinBudget = true;
        var budget = 0;
        foreach (var category in costs)
        {
            if (!request.Budget.TryGetValue(category.Key, out var limit))
            {
                notes.Add("No budget given for " + category.Key + ".");
                withinBudget = false;
                continue;
            }

            budget += limit;
            if (category.Value > limit)
            {
                withinBudget = false;
                notes.Add(category.Key + " is " + (category.Value - limit) + " EUR over budget.");
            }
        }

        notes.Add("Provisional hotel holds placed for " + nights + " nights; they lapse in 24 hours.");
        var total = costs["hotel"] + costs["food"] + costs["transport"];
        return new TripPlan(legs, nights, total, costs, budget, withinBudget, notes);
    }
}
