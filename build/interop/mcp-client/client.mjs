// The official TypeScript MCP client (@modelcontextprotocol/sdk) against samples/McpServer over stdio:
//   1. starts the server binary on a fresh sandbox folder, lists the tools;
//   2. compiles every inputSchema and outputSchema with ajv (JSON Schema 2020-12, formats asserted);
//   3. calls every tool with good arguments: no isError, structuredContent valid against the outputSchema (the SDK
//      client checks this too), a text block beside it;
//      and checks the title, annotations (hints) and _meta each tool declares with [Tool(...)];
//   4. calls with bad arguments: each must come back as a result with isError: true (not a JSON-RPC error) whose
//      text names the offending path; a path leaving the sandbox is refused; an unknown tool is a protocol error.
//
//   node build/interop/mcp-client/client.mjs <path/to/McpServer> [more server args]
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const server = process.argv[2];
if (!server) {
  console.error("usage: node client.mjs <path/to/McpServer>");
  process.exit(2);
}

const sandbox = mkdtempSync(join(tmpdir(), "toolgen-mcp-"));
mkdirSync(join(sandbox, "docs"));
writeFileSync(join(sandbox, "docs", "hello.txt"), "Hello from the sandbox.\n");

let passed = 0;
let failed = 0;
const check = (ok, what, detail) => {
  if (ok) {
    passed++;
    console.log(`ok   ${what}`);
  } else {
    failed++;
    console.log(`FAIL ${what}${detail === undefined ? "" : `: ${typeof detail === "string" ? detail : JSON.stringify(detail)}`}`);
  }
};
const text = (result) => (result.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n");

// Good calls, one or more per tool; every listed tool must have one.
const goodCalls = {
  list_directory: [{ path: "." }, { path: "docs" }],
  read_file: [{ path: "docs/hello.txt" }],
  write_file: [{ path: "out/note.txt", text: "written by the TypeScript client" }],
  calculate: [{ expression: "(2 + 3) * 4 ^ 2 / 8" }],
  current_time: [{ zone: "UTC" }, {}],
  convert_time: [{ time: "2025-03-14T09:00:00", fromZone: "UTC", toZone: "UTC" }],
};
const expectations = {
  "calculate#0": (r) => r.structuredContent?.result === 10,
  "read_file#0": (r) => r.structuredContent?.text === "Hello from the sandbox.\n",
  "list_directory#1": (r) => r.structuredContent?.entries?.[0]?.name === "hello.txt",
  "convert_time#0": (r) => typeof r.structuredContent?.toTime === "string" && r.structuredContent.toTime.startsWith("2025-03-14T09:00:00"),
};

// What each tool's [Tool(...)] says: title, the hints it sets (hints it leaves out must be absent), and whether it
// requires approval (announced as _meta["dev.toolgen/requiresApproval"]).
const annotations = {
  list_directory: { title: "List a folder", hints: { readOnlyHint: true, openWorldHint: false } },
  read_file: { title: "Read a file", hints: { readOnlyHint: true, openWorldHint: false } },
  write_file: { title: "Write a file", hints: { destructiveHint: true, idempotentHint: true, openWorldHint: false }, approval: true },
  calculate: { title: "Calculator", hints: { readOnlyHint: true, idempotentHint: true, openWorldHint: false } },
  current_time: { title: "Current time", hints: { readOnlyHint: true, openWorldHint: false } },
  convert_time: { title: "Convert a time", hints: { readOnlyHint: true, idempotentHint: true, openWorldHint: false } },
};
const hintNames = ["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"];

// Bad calls: [tool, arguments, text the error must contain (the path it names)].
const badCalls = [
  ["calculate", { expression: 5 }, '"expression"'],
  ["calculate", {}, '"expression"'],
  ["read_file", { path: "docs/hello.txt", maxChars: 0 }, '"maxChars"'],
  ["convert_time", { time: "not a time", fromZone: "UTC", toZone: "UTC" }, '"time"'],
  ["write_file", { path: "x.txt" }, '"text"'],
  ["read_file", { path: "../../etc/passwd" }, "outside the sandbox"],
  ["calculate", { expression: "1 / 0" }, "no finite value"],
];

const transport = new StdioClientTransport({ command: server, args: [sandbox, ...process.argv.slice(3)], stderr: "pipe" });
let stderr = "";
transport.stderr?.on("data", (chunk) => (stderr += chunk));
const client = new Client({ name: "toolgen-interop", version: "0.1.0" });

try {
  await client.connect(transport);
  check(client.getServerVersion()?.name === "toolgen-mcp-sample", "initialize: server info", client.getServerVersion());

  const { tools } = await client.listTools();
  check(tools.length === Object.keys(goodCalls).length, `tools/list: ${tools.length} tools (${tools.map((t) => t.name).join(", ")})`);

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const outputValidators = new Map();
  for (const tool of tools) {
    try {
      ajv.compile(tool.inputSchema);
      check(tool.inputSchema.type === "object", `${tool.name}: inputSchema compiles, object root`);
    } catch (e) {
      check(false, `${tool.name}: inputSchema compiles`, e.message);
    }
    if (tool.outputSchema) {
      try {
        outputValidators.set(tool.name, ajv.compile(tool.outputSchema));
        check(tool.outputSchema.type === "object", `${tool.name}: outputSchema compiles, object root`);
      } catch (e) {
        check(false, `${tool.name}: outputSchema compiles`, e.message);
      }
    }
    check(Array.isArray(goodCalls[tool.name]), `${tool.name}: has a planned call`);

    const expected = annotations[tool.name];
    if (expected) {
      check(tool.title === expected.title && tool.annotations?.title === expected.title, `${tool.name}: title`, { title: tool.title, annotations: tool.annotations });
      const hints = Object.fromEntries(hintNames.filter((h) => tool.annotations?.[h] !== undefined).map((h) => [h, tool.annotations[h]]));
      check(JSON.stringify(hints) === JSON.stringify(Object.fromEntries(hintNames.filter((h) => h in expected.hints).map((h) => [h, expected.hints[h]]))),
        `${tool.name}: annotations ${JSON.stringify(expected.hints)}`, tool.annotations);
      check((tool._meta?.["dev.toolgen/requiresApproval"] === true) === (expected.approval === true), `${tool.name}: requiresApproval in _meta is ${expected.approval === true}`, tool._meta);
    } else {
      check(false, `${tool.name}: has expected annotations`);
    }
  }

  for (const tool of tools) {
    for (const [i, args] of (goodCalls[tool.name] ?? []).entries()) {
      const what = `call ${tool.name} ${JSON.stringify(args)}`;
      try {
        const result = await client.callTool({ name: tool.name, arguments: args });
        if (result.isError) {
          check(false, what, text(result));
          continue;
        }
        const validate = outputValidators.get(tool.name);
        if (validate) {
          const valid = validate(result.structuredContent);
          check(valid, `${what}: structuredContent matches outputSchema`, validate.errors);
          check(text(result) === JSON.stringify(result.structuredContent), `${what}: text block is the structured content`, text(result));
        } else {
          check(text(result).length > 0, `${what}: text result`, result);
        }
        const expect = expectations[`${tool.name}#${i}`];
        if (expect) {
          check(expect(result), `${what}: expected value`, result.structuredContent);
        }
      } catch (e) {
        check(false, what, e.message);
      }
    }
  }

  for (const [name, args, mention] of badCalls) {
    const what = `bad call ${name} ${JSON.stringify(args)}`;
    try {
      const result = await client.callTool({ name, arguments: args });
      check(result.isError === true, `${what}: isError`, result);
      check(text(result).includes(mention), `${what}: message names ${mention}`, text(result));
    } catch (e) {
      check(false, `${what}: a result, not a protocol error`, e.message);
    }
  }

  try {
    const result = await client.callTool({ name: "no_such_tool", arguments: {} });
    check(false, "unknown tool: a protocol error", result);
  } catch (e) {
    check(/no_such_tool/.test(e.message), "unknown tool: a protocol error", e.message);
  }
} catch (e) {
  check(false, "session", e.stack ?? e.message);
} finally {
  await client.close().catch(() => {});
  rmSync(sandbox, { recursive: true, force: true });
}

if (failed > 0 && stderr) {
  console.log("---- server stderr (tail) ----");
  console.log(stderr.split("\n").slice(-20).join("\n"));
}
console.log(`mcp-client: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
