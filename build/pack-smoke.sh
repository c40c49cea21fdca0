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

# The same package from a netstandard2.0 library (generated code must compile there too: DESIGN, generator rules).
mkdir -p "$work/library"
cp "$work/consumer/nuget.config" "$work/consumer/Directory.Build.props" "$work/consumer/Directory.Packages.props" "$work/library/"
cat > "$work/library/Library.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>10</LangVersion>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ToolGen" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/library/LibraryTools.cs" <<'CS'
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ToolGen;

namespace Library
{
    public enum Size { Small, Large }

    /// <summary>An order line.</summary>
    public sealed class Line
    {
        /// <summary>Product code.</summary>
        public string Sku { get; set; } = "";

        /// <summary>How many.</summary>
        public int Quantity { get; set; } = 1;
    }

    public partial class OrderTools
    {
        /// <summary>Prices an order.</summary>
        /// <param name="lines">The lines.</param>
        /// <param name="size">Box size.</param>
        /// <param name="notes">Notes by key.</param>
        /// <param name="ct">Cancels pricing.</param>
        [Tool]
        public Task<decimal> PriceAsync(List<Line> lines, Size size, Dictionary<string, string>? notes, CancellationToken ct) =>
            Task.FromResult(lines.Count * (size == Size.Small ? 1m : 2m));
    }
}
CS
(cd "$work/library" && dotnet build --nologo -v quiet >"$work/library.log" 2>&1) || { cat "$work/library.log"; echo "pack-smoke: the netstandard2.0 library failed to build"; exit 1; }
echo "netstandard2.0 library: built"

output="$(cd "$work/consumer" && dotnet run --nologo 2>&1)" || { echo "$output"; echo "pack-smoke: the consumer failed"; exit 1; }
echo "$output" | tail -n 1
[ "$(echo "$output" | tail -n 1)" = "68|3|True" ] || { echo "pack-smoke: unexpected output"; exit 1; }
# Listed to a file first: `unzip -l | grep -q` fails under pipefail when grep stops reading early (SIGPIPE).
unzip -l "$feed"/ToolGen.*.nupkg >"$work/package-files.txt"
grep -q 'analyzers/dotnet/roslyn4.8/cs/ToolGen.Generators.dll' "$work/package-files.txt" || { echo "pack-smoke: generator missing from the package"; exit 1; }
grep -q 'docs/diagnostics/TG0001.md' "$work/package-files.txt" || { echo "pack-smoke: diagnostic help pages missing from the package"; exit 1; }
# The host adapters pack on their own, with their README and license expression.
for adapter in ToolGen.Extensions.AI ToolGen.ModelContextProtocol; do
    dotnet pack "$root/src/$adapter/$adapter.csproj" -c Release -o "$feed" -p:Version="$version" --nologo -v quiet >/dev/null
    package="$feed/$adapter.$version.nupkg"
    [ -f "$package" ] || { echo "pack-smoke: $adapter did not pack"; exit 1; }
    unzip -l "$package" >"$work/$adapter-files.txt"
    grep -q ' README.md$' "$work/$adapter-files.txt" || { echo "pack-smoke: README.md missing from $adapter"; exit 1; }
    grep -q "lib/netstandard2.0/$adapter.dll" "$work/$adapter-files.txt" || { echo "pack-smoke: netstandard2.0 assembly missing from $adapter"; exit 1; }
    unzip -p "$package" "$adapter.nuspec" >"$work/$adapter.nuspec"
    grep -q '<license type="expression">MIT</license>' "$work/$adapter.nuspec" || { echo "pack-smoke: license expression missing from $adapter"; exit 1; }
    echo "pack-smoke: $adapter packed (README, MIT, netstandard2.0 + net8.0)"
done
echo "pack-smoke: ok (package $version)"
