// The schema-agreement check with a second validator nobody here wrote: ajv (Ajv2020 + ajv-formats, formats
// asserted) compiles every schema of ToolGen's test corpus and judges the payloads that
// tests/ToolGen.Tests/Validator/SchemaAgreementTests wrote, with the reader's verdicts, to
// artifacts/interop/schemas.json. It fails when ajv and the reader disagree on a payload that no row of
// docs/schema-agreement.md explains (a row explains it when the C# test named it and ajv agrees with JsonSchema.Net
// there), when a schema does not compile, or when a result does not match its return schema.
//
//   node build/interop/check.mjs [path/to/schemas.json]
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const input = resolve(process.argv[2] ?? resolve(here, "../../artifacts/interop/schemas.json"));
const corpus = JSON.parse(readFileSync(input, "utf8"));

// Where ajv and JsonSchema.Net judge a payload otherwise, and the reader sides with JsonSchema.Net: each row is a
// named difference of ajv itself, with its reason (also in docs/schema-agreement.md, "ajv").
const ajvDifferences = [
  {
    name: "ajv-email-refuses-quoted-and-ip-literal",
    reason: "ajv-formats' email is a simplified pattern: it refuses a quoted local part and an IP-literal domain, which RFC 5321 (and JsonSchema.Net) allow.",
    explains: (s) => s.tags.some((t) => t === "format:email:quoted-local" || t === "format:email:ip-literal"),
  },
];

// strict: false lets ajv take keywords it does not know; formats are asserted (validateFormats defaults to true).
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);

const failures = [];
const compiled = new Map();
function compile(tool, kind, text) {
  if (text === null) return null;
  try {
    return ajv.compile(JSON.parse(text));
  } catch (error) {
    failures.push(`${tool} ${kind}: the schema does not compile: ${error.message}`);
    return null;
  }
}

for (const tool of corpus.tools) {
  compiled.set(tool.name, {
    plain: compile(tool.name, "parameters", tool.parameters),
    strict: compile(tool.name, "strict", tool.strict),
    returns: compile(tool.name, "returns", tool.returns),
  });
}

const counts = { samples: 0, plain: 0, strict: 0, ajvAccepts: 0, agreeWithReader: 0, explainedByRow: 0, ajvOwnRow: 0, ajvVsJsonSchemaNet: 0 };
const rowsSeen = new Map();
const unexplained = new Map();
const ajvVsNet = new Map();
for (const sample of corpus.samples) {
  const validate = compiled.get(sample.tool)?.[sample.strict ? "strict" : "plain"];
  if (!validate) {
    failures.push(`${sample.tool}: no compiled ${sample.strict ? "strict" : "plain"} schema for a sample`);
    continue;
  }

  counts.samples++;
  counts[sample.strict ? "strict" : "plain"]++;
  const ajvAccepts = validate(JSON.parse(sample.payload));
  if (ajvAccepts) counts.ajvAccepts++;
  if (ajvAccepts !== sample.validator) {
    counts.ajvVsJsonSchemaNet++;
    const key = `ajv ${ajvAccepts ? "accepts" : "refuses"}, JsonSchema.Net ${sample.validator ? "accepts" : "refuses"} | ${sample.tags.join(",")}`;
    ajvVsNet.set(key, [...(ajvVsNet.get(key) ?? []), sample]);
  }

  if (ajvAccepts === sample.reader) {
    counts.agreeWithReader++;
    continue;
  }

  if (sample.difference && ajvAccepts === sample.validator) {
    counts.explainedByRow++;
    rowsSeen.set(sample.difference, (rowsSeen.get(sample.difference) ?? 0) + 1);
    continue;
  }

  const own = ajvDifferences.find((d) => d.explains(sample));
  if (own) {
    counts.ajvOwnRow++;
    rowsSeen.set(own.name, (rowsSeen.get(own.name) ?? 0) + 1);
    continue;
  }

  const key = `ajv ${ajvAccepts ? "accepts" : "refuses"}, reader ${sample.reader ? "accepts" : "refuses"}, JsonSchema.Net ${sample.validator ? "accepts" : "refuses"} | ${sample.strict ? "strict" : "plain"} | ${sample.tags.join(",")}`;
  unexplained.set(key, [...(unexplained.get(key) ?? []), sample]);
}

let results = 0;
for (const result of corpus.results) {
  const validate = compiled.get(result.tool)?.returns;
  if (!validate) {
    failures.push(`${result.tool}: a result but no compiled return schema`);
    continue;
  }

  results++;
  if (!validate(JSON.parse(result.content))) {
    const own = ajvDifferences.find((d) => d.explains(result));
    if (own) {
      rowsSeen.set(own.name, (rowsSeen.get(own.name) ?? 0) + 1);
      continue;
    }

    failures.push(`${result.tool}: result ${result.content} does not match its return schema: ${ajv.errorsText(validate.errors)}`);
  }
}

for (const row of ajvDifferences) {
  if (!rowsSeen.has(row.name)) failures.push(`ajv row ${row.name} explains no payload any more: remove it here and in docs/schema-agreement.md`);
}

console.log(`ajv ${JSON.parse(readFileSync(resolve(here, "node_modules/ajv/package.json"), "utf8")).version}, ajv-formats ${JSON.parse(readFileSync(resolve(here, "node_modules/ajv-formats/package.json"), "utf8")).version}; input ${input}`);
console.log(`schemas compiled: ${[...compiled.values()].reduce((n, c) => n + ["plain", "strict", "returns"].filter((k) => c[k]).length, 0)} (${corpus.tools.length} tools)`);
console.log(`payloads: ${counts.samples} (${counts.plain} plain, ${counts.strict} strict); ajv accepts ${counts.ajvAccepts}, refuses ${counts.samples - counts.ajvAccepts}`);
console.log(`ajv agrees with the reader on ${counts.agreeWithReader}; rows of docs/schema-agreement.md explain ${counts.explainedByRow}; ajv's own rows ${counts.ajvOwnRow}`);
console.log(`ajv and JsonSchema.Net disagree on ${counts.ajvVsJsonSchemaNet}:`);
for (const [key, samples] of [...ajvVsNet].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  [${samples.length}] ${key}   e.g. ${samples[0].tool} ${samples[0].payload.slice(0, 120)}`);
}
for (const [name, n] of [...rowsSeen].sort()) console.log(`  row ${name}: ${n}`);
console.log(`results checked against their return schema: ${results}`);

if (unexplained.size > 0) {
  let total = 0;
  for (const samples of unexplained.values()) total += samples.length;
  failures.push(`${total} payloads judged otherwise by ajv and the reader, with no row:`);
  for (const [key, samples] of [...unexplained].sort((a, b) => b[1].length - a[1].length)) {
    failures.push(`  [${samples.length}] ${key}`);
    for (const s of samples.slice(0, 3)) failures.push(`      ${s.tool} ${s.payload}`);
  }
}

if (failures.length > 0) {
  console.log("FAILED:");
  for (const line of failures) console.log(line);
  process.exit(1);
}

console.log("ajv check passed");
