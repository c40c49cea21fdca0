#!/usr/bin/env bash
# Packs ToolGen and builds a fresh consumer against the package alone, the way a user adds it:
# one PackageReference, nothing else. Then packs the two host adapters and builds and runs a consumer of each from
# the packed packages: Microsoft.Extensions.AI on net8.0, and an MCP server published with NativeAOT. The consumer uses C# 10 with nullable disabled and warnings
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

# ------------------------------------------------------------------ host consumers
# Each references one adapter package and nothing of ToolGen's (its dependency brings the runtime and the generator),
# restored from the packed feed and the NuGet sources of the machine; the repository's props stay out.
new_consumer() {
    mkdir -p "$work/$1"
    cp "$work/consumer/nuget.config" "$work/consumer/Directory.Build.props" "$work/consumer/Directory.Packages.props" "$work/$1/"
}

# Microsoft.Extensions.AI on net8.0 (the lowest target the adapters ship for): AsAIFunctions() through the real
# FunctionInvokingChatClient over a scripted model: two parallel calls (one good, one with a bad argument), then an
# answer quoting the two results; then a RequiresApproval tool stops the loop with an approval request. Only the .NET 10
# runtime may be installed, so the net8.0 build runs with roll-forward.
new_consumer meai
cat > "$work/meai/Meai.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <RollForward>Major</RollForward>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ToolGen.Extensions.AI" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/meai/Program.cs" <<'CS'
using System.Text.Json;
using Microsoft.Extensions.AI;
using ToolGen;
using ToolGen.Extensions.AI;

IToolSet tools = new Meai.MathTools();
var options = new ChatOptions { Tools = [.. tools.AsAIFunctions()] };
using var client = new FunctionInvokingChatClient(new Meai.ScriptedModel());
var answer = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "2 + 40?")], options);
var approval = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "wipe it")], options);
var asked = approval.Messages.SelectMany(m => m.Contents).OfType<ToolApprovalRequestContent>().Count();
Console.WriteLine(answer.Text + "|approval requests: " + asked);
return answer.Text.StartsWith("42|Invalid arguments for tool \"add\": \"b\"", StringComparison.Ordinal) && asked == 1 ? 0 : 1;

namespace Meai
{
    public partial class MathTools
    {
        /// <summary>Adds two integers.</summary>
        /// <param name="a">The first.</param>
        /// <param name="b">The second.</param>
        [Tool(Title = "Add", ReadOnly = true)]
        public int Add(int a, int b) => a + b;

        /// <summary>Wipes the memory.</summary>
        [Tool(RequiresApproval = true)]
        public string Wipe() => "wiped";
    }

    /// <summary>The model: calls tools, then answers with the results it got.</summary>
    public sealed class ScriptedModel : IChatClient
    {
        private static Dictionary<string, object?> Args(string json) =>
            JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var list = messages.ToList();
            var results = list.SelectMany(m => m.Contents).OfType<FunctionResultContent>().OrderBy(r => r.CallId, StringComparer.Ordinal).ToList();
            if (results.Count > 0)
            {
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, string.Join("|", results.Select(r => r.Result?.ToString())))));
            }

            AIContent[] calls = list[^1].Text == "wipe it"
                ? [new FunctionCallContent("w1", "wipe", new Dictionary<string, object?>())]
                : [new FunctionCallContent("c1", "add", Args("{\"a\":2,\"b\":40}")), new FunctionCallContent("c2", "add", Args("{\"a\":2,\"b\":\"x\"}"))];
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, calls)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
CS
meai_output="$(cd "$work/meai" && dotnet run --nologo 2>&1)" || { echo "$meai_output"; echo "pack-smoke: the Microsoft.Extensions.AI consumer failed"; exit 1; }
echo "pack-smoke: Microsoft.Extensions.AI consumer (net8.0): $(echo "$meai_output" | tail -n 1)"

# An MCP server published with NativeAOT from ToolGen.ModelContextProtocol alone (+ the host builder), zero trim/AOT
# warnings, then driven over stdio: initialize, tools/list (annotations), a good and a bad tools/call.
new_consumer mcp
cat > "$work/mcp/Mcp.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <PublishAot>true</PublishAot>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ToolGen.ModelContextProtocol" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="10.0.14" />
  </ItemGroup>
</Project>
XML
cat > "$work/mcp/Program.cs" <<'CS'
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ToolGen;
using ToolGen.ModelContextProtocol;

var builder = Host.CreateEmptyApplicationBuilder(settings: null);
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Services.AddMcpServer().WithStdioServerTransport().WithToolGen(new Mcp.MathTools());
await builder.Build().RunAsync();

namespace Mcp
{
    public partial class MathTools
    {
        /// <summary>Adds two integers.</summary>
        /// <param name="a">The first.</param>
        /// <param name="b">The second.</param>
        [Tool(Title = "Add", ReadOnly = true, OpenWorld = false)]
        public int Add(int a, int b) => a + b;
    }
}
CS
(cd "$work/mcp" && dotnet publish -c Release -r linux-x64 -o "$work/mcp/out" --nologo >"$work/mcp-publish.log" 2>&1) || { tail -n 30 "$work/mcp-publish.log"; echo "pack-smoke: the MCP server failed to publish"; exit 1; }
if grep -qE '\bIL[23][0-9]{3}\b' "$work/mcp-publish.log"; then
    grep -E '\bIL[23][0-9]{3}\b' "$work/mcp-publish.log" | sort -u; echo "pack-smoke: trim/AOT warnings in the MCP server"; exit 1
fi
requests='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"pack-smoke","version":"1"}}}
{"jsonrpc":"2.0","method":"notifications/initialized"}
{"jsonrpc":"2.0","id":2,"method":"tools/list"}
{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"add","arguments":{"a":2,"b":40}}}
{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"add","arguments":{"a":2,"b":"x"}}}'
# The server answers each line; stdin is held open a moment so that it answers before it sees end of input.
mcp_output="$( { echo "$requests"; sleep 3; } | timeout 60 "$work/mcp/out/Mcp" 2>"$work/mcp-stderr.log")" || true
for expected in '"tools":[{"name":"add","title":"Add"' '"readOnlyHint":true' '"structuredContent":{"result":42}' '"isError":true'; do
    grep -qF "$expected" <<<"$mcp_output" || { echo "$mcp_output"; tail -n 20 "$work/mcp-stderr.log"; echo "pack-smoke: MCP server output lacks $expected"; exit 1; }
done
echo "pack-smoke: MCP server (NativeAOT, $(stat -c %s "$work/mcp/out/Mcp") bytes, no IL2xxx/IL3xxx warning): list, call, isError ok"
echo "pack-smoke: ok (package $version)"
