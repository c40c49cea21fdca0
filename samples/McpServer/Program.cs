using System;
using System.IO;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using McpServerSample.Tools;
using ModelContextProtocol.Protocol;
using ToolGen.ModelContextProtocol;

// McpServer <sandbox-folder>: an MCP server on stdin/stdout. Standard output carries only JSON-RPC messages: every log
// line goes to standard error.
if (args.Length != 1 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("usage: McpServer <sandbox-folder>");
    Console.Error.WriteLine("Serves file tools confined to <sandbox-folder>, a calculator and time zone tools over MCP on stdio.");
    return 2;
}

var sandbox = Path.GetFullPath(args[0]);
if (!Directory.Exists(sandbox))
{
    Console.Error.WriteLine($"McpServer: the sandbox folder \"{sandbox}\" does not exist.");
    return 2;
}

// The empty builder reads no appsettings.json or environment: nothing outside the command line shapes the server.
var builder = Host.CreateEmptyApplicationBuilder(settings: null);
builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
builder.Logging.SetMinimumLevel(LogLevel.Information);
builder.Services
    .AddMcpServer(options => options.ServerInfo = new Implementation { Name = "toolgen-mcp-sample", Version = "0.1.0" })
    .WithStdioServerTransport()
    .WithToolGen(new FileTools(sandbox), new CalculatorTools(), new TimeTools());

var host = builder.Build();
host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("McpServer").LogInformation("Serving {Sandbox} over stdio", sandbox);
await host.RunAsync();
return 0;
