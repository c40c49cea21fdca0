using System.Text;
using Microsoft.CodeAnalysis;

namespace ToolGen.Generators.Parsing;

/// <summary>The naming policies of <c>ToolGenOptionsAttribute</c>, mirrored from the runtime's <c>NamingPolicy</c>.</summary>
internal enum NamingPolicy
{
    AsDeclared = 0,
    CamelCase = 1,
    SnakeCase = 2,
    KebabCase = 3,
}

/// <summary>The assembly's naming options, read from <c>[assembly: ToolGenOptions(...)]</c>.</summary>
internal sealed record ParseOptions(NamingPolicy PropertyNaming, NamingPolicy ToolNaming)
{
    public static readonly ParseOptions Default = new(NamingPolicy.CamelCase, NamingPolicy.SnakeCase);

    public static ParseOptions Read(IAssemblySymbol assembly, KnownSymbols known)
    {
        foreach (var attribute in assembly.GetAttributes())
        {
            if (!known.Is(attribute, KnownNames.ToolGenOptionsAttribute))
            {
                continue;
            }

            var options = Default;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Value.Value is int value)
                {
                    options = argument.Key switch
                    {
                        "PropertyNaming" => options with { PropertyNaming = (NamingPolicy)value },
                        "ToolNaming" => options with { ToolNaming = (NamingPolicy)value },
                        _ => options,
                    };
                }
            }

            return options;
        }

        return Default;
    }
}

/// <summary>Applies a naming policy to a C# name.</summary>
internal static class Naming
{
    public static string Apply(NamingPolicy policy, string name) => policy switch
    {
        NamingPolicy.CamelCase => CamelCase(name),
        NamingPolicy.SnakeCase => Separated(name, '_'),
        NamingPolicy.KebabCase => Separated(name, '-'),
        _ => name,
    };

    /// <summary>Lower-cases the leading capitals, as System.Text.Json's camelCase does (<c>URLValue</c> → <c>urlValue</c>).</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>Words joined by a separator, lower case: <c>GetHTTPStatus</c> → <c>get_http_status</c>.</summary>
    public static string Separated(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '\0';
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var startsWord = i > 0 && previous != '_' && previous != '-' &&
                    (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
                if (startsWord)
                {
                    builder.Append(separator);
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c == '_' || c == '-' ? separator : c);
            }
        }

        return builder.ToString();
    }
}
