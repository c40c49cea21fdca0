#!/usr/bin/env bash
# Packs ToolGen and builds a fresh consumer against the package alone, the way a user adds it:
# one PackageReference, nothing else. The consumer uses C# 10 with nullable disabled and warnings
# as errors, so generated code that needs a newer language or warns under an older context fails here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
version="0.1.0-smoke.$(date +%s)"

dotnet pack "$root/src/ToolGen/ToolGen.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet >/dev/null

mkdir -p "$work/consumer"
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="smoke" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <LangVersion>10</LangVersion>
    <Nullable>disable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ToolGen" Version="$version" />
  </ItemGroup>
</Project>
XML
# Keep the repository's Directory.*.props out of the consumer: it stands alone, like a user's project.
echo '<Project />' > "$work/consumer/Directory.Build.props"
echo '<Project />' > "$work/consumer/Directory.Packages.props"
cat > "$work/consumer/Program.cs" <<'CS'
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using ToolGen;

namespace Consumer
{
    public enum Unit { Celsius, Fahrenheit }

    public record Stop(string City, int Nights);

    public partial class Tools
    {
        /// <summary>Gets the temperature.</summary>
        /// <param name="city">City name.</param>
        /// <param name="unit">Unit of the result.</param>
        [Tool]
        public double GetTemperature(string city, Unit unit = Unit.Celsius) => unit == Unit.Celsius ? 20 : 68;

        /// <summary>Counts the nights of a trip.</summary>
        /// <param name="stops">Each stop and its nights.</param>
        /// <param name="extras">Extra nights by reason.</param>
        [Tool]
        public int CountNights(List<Stop> stops, Dictionary<string, int> extras)
        {
            var total = 0;
            foreach (var stop in stops) total += stop.Nights;
            foreach (var extra in extras.Values) total += extra;
            return total;
        }
    }

    public static class Program
    {
        public static async Task<int> Main()
        {
            IToolSet tools = new Tools();
            var a = await tools.InvokeAsync(new ToolCall("1", "get_temperature", "{\"city\":\"Oslo\",\"unit\":\"Fahrenheit\"}"));
            var b = await tools.InvokeAsync(new ToolCall("2", "count_nights", "{\"stops\":[{\"city\":\"Rome\",\"nights\":2}],\"extras\":{\"x\":1}}"));
            var c = await tools.InvokeAsync(new ToolCall("3", "get_temperature", "{\"city\":1}"));
            Console.WriteLine(a.Content + "|" + b.Content + "|" + c.IsError);
            return a.Content == "68" && b.Content == "3" && c.IsError ? 0 : 1;
        }
    }
}
CS

output="$(cd "$work/consumer" && dotnet run --nologo 2>&1)" || { echo "$output"; echo "pack-smoke: the consumer failed"; exit 1; }
echo "$output" | tail -n 1
[ "$(echo "$output" | tail -n 1)" = "68|3|True" ] || { echo "pack-smoke: unexpected output"; exit 1; }
unzip -l "$feed"/ToolGen.*.nupkg | grep -q 'analyzers/dotnet/roslyn4.8/cs/ToolGen.Generators.dll' || { echo "pack-smoke: generator missing from the package"; exit 1; }
echo "pack-smoke: ok (package $version)"
