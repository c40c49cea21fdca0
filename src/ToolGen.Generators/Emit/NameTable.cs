using System.Collections.Generic;

namespace ToolGen.Generators.Emit;

/// <summary>
/// The member names taken in one helper class. Names come from tools, types and JSON properties, which can meet
/// after '-' and '.' become '_' (tools <c>a-b</c> and <c>a_b</c>); a later comer gets a numeric suffix. Names are
/// taken in the model's order, so the outcome is deterministic.
/// </summary>
internal sealed class NameTable
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    /// <summary>Takes <paramref name="name"/>, or the first free <c>name_2</c>, <c>name_3</c>, ….</summary>
    public string Take(string name)
    {
        var candidate = name;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = name + "_" + n;
        }

        return candidate;
    }

    /// <summary>Whether every name that <paramref name="names"/> makes of <paramref name="stem"/> is still free.</summary>
    public bool AllFree(string stem, System.Func<string, string>[] names)
    {
        foreach (var name in names)
        {
            if (_taken.Contains(name(stem)))
            {
                return false;
            }
        }

        return true;
    }
}
