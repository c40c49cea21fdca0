using System.Globalization;
using System.Text;
using System.Text.Json;
using Json.Schema;
using ToolGen.Tests.Differential;
using Xunit.Abstractions;

namespace ToolGen.Tests.Validator;

/// <summary>
/// Issue 13, item 3: the schemas ToolGen emits against the reader it generates, judged by a JSON Schema 2020-12
/// validator nobody here wrote (JsonSchema.Net, formats asserted). For every tool of the corpus
/// (<see cref="DifferentialTools"/> and <see cref="SchemaTools"/>), payloads made from the schema, valid and
/// invalid, are sent as plain calls (against <see cref="ToolDefinition.ParametersSchema"/>) and as strict calls
/// (against <see cref="ToolDefinition.StrictParametersSchema"/>): the reader must accept exactly the payloads the
/// validator accepts, except where a row of <see cref="Differences"/> (and of docs/schema-agreement.md) says why
/// not. Every accepted call's result must validate against the tool's <see cref="ToolDefinition.ReturnSchema"/>.
/// </summary>
public class SchemaAgreementTests(ITestOutputHelper output)
{
    private const int Seed = 20250613;
    private const int ValidPerTool = 28;
    private const int InvalidPerTool = 28;

    // ------------------------------------------------------------------------------------------------------------
    // The intentional differences, as data. A disagreement is explained when a row's predicate holds for it; every
    // row must explain at least one disagreement of the run, so that a row whose behaviour changed shows up and can
    // be removed. Same rows, same names: docs/schema-agreement.md.
    // ------------------------------------------------------------------------------------------------------------

    /// <summary>One intentional difference between the validator and the reader.</summary>
    public sealed record Difference(string Name, string Reason, Func<Sample, bool> Explains);

    public static readonly Difference[] Differences =
    {
        // ---- the reader takes what the schema refuses
        new(
            "null-means-omitted",
            "Plain schemas describe an optional parameter or property by leaving it out of \"required\", without \"null\" in its type; the reader takes null as \"not sent\" (the C# default, or null for a nullable), as System.Text.Json-minded clients send it.",
            s => s.ReaderLenient && !s.Strict && s.Has("null-for-optional") && s.FailsOnlyOn("type", "enum")),
        new(
            "enum-names-case-insensitive",
            "JSON Schema's enum is case-sensitive; the reader matches C# enum member names (and enum dictionary keys) case-insensitively, as System.Text.Json's JsonStringEnumConverter does.",
            s => s.ReaderLenient && s.Has("enum-case") && s.FailsOnlyOn("enum", "propertyNames", "uniqueItems", "additionalProperties")),
        new(
            "duration-format-reader-lenient",
            "format duration (RFC 3339 appendix A) has no fractions and no clock form; the reader's TimeSpan also takes \"PT1.5S\", \"01:00:00\" and \"1.02:03:04\".",
            s => s.ReaderLenient && s.FailsOnlyOn("format") && (s.HasPrefix("mutation:format:duration:") || s.Has("format:duration:fraction"))),
        new(
            "email-format-reader-lenient",
            "format email: [EmailAddress] only asks for one @ not at either end, so it takes \"a b@example.com\" and a non-ASCII local part, which the validator's RFC 5321 check refuses.",
            s => s.ReaderLenient && s.FailsOnlyOn("format") && (s.HasPrefix("mutation:format:email:") || s.Has("format:email:non-ascii"))),

        // ---- the reader refuses what the schema takes
        new(
            "strict-form-moves-keywords-to-description",
            "Strict schemas (OpenAI structured outputs) leave out keywords the provider does not support (minLength/maxLength, format uri, not, uniqueItems) and say them in the description; the reader still checks them. The strict payload (nulls as left out) is refused by the plain schema.",
            s => s.ReaderStricter && s.Strict && s.PlainAccepts == false),
        new(
            "integer-with-zero-fraction",
            "JSON Schema counts 2.0 and 2e0 as integers, and so does the reader (docs/schema-semantics.md); what remains are such numbers outside the C# type's range, which int and long do not state in the schema (see int-and-long-bounds-not-in-schema).",
            s => s.ReaderStricter && (s.Has("int-zero-fraction") || s.Has("int-exponent"))),
        new(
            "int-and-long-bounds-not-in-schema",
            "int, long, uint and ulong are \"integer\" without the type's minimum/maximum (smaller types have them); the reader refuses what does not fit the C# type.",
            s => s.ReaderStricter && s.Has("int-large")),
        new(
            "float-and-decimal-range-not-in-schema",
            "float and decimal are \"number\" without their range or precision; the reader refuses 1e39 for float, 1e300 or 29 significant digits for decimal. The reader's message names the range; the schema does not state it (docs/schema-semantics.md, residual).",
            s => s.ReaderStricter && (s.Has("number-beyond-float") || s.Has("number-many-digits"))),
        new(
            "length-counts-utf16-units",
            "JSON Schema lengths count code points; .NET (char, [StringLength], [MinLength], [MaxLength], [Length]) counts UTF-16 units, so a character outside the BMP counts twice and does not fit a char.",
            s => s.ReaderStricter && (s.Has("string-astral") || s.Has("string-astral-at-max-length"))),
        new(
            "date-time-format-reader-stricter",
            "format date-time: the reader refuses a leap second (23:59:60) and a lower-case t/z, which RFC 3339 allows; the validator takes a space for the T, which the reader refuses. Decided in docs/schema-semantics.md (residual: leap seconds).",
            s => s.ReaderStricter && (s.Has("format:date-time:leap-second") || s.Has("format:date-time:lower-case") || s.Has("mutation:format:date-time:space"))),
        new(
            "email-ip-literal-refused",
            "format email allows an IP literal domain (user@[127.0.0.1]); [EmailAddress]'s reader check refuses it.",
            s => s.ReaderStricter && s.Has("format:email:ip-literal")),
        new(
            "url-attribute-http-only",
            "[Url] is written as format uri (any absolute URI); the reader, like DataAnnotations, takes only http, https and ftp URLs.",
            s => s.ReaderStricter && s.ReaderMessage.Contains("must be an http, https or ftp URL", StringComparison.Ordinal)),
        new(
            "validator-dollar-before-final-newline",
            "A quirk of the validator, not of ToolGen: JsonSchema.Net runs \"pattern\" with .NET's Regex, whose $ also matches before a final newline, so it takes \"abc-123\\n\" for ^(?:[a-z]+-[0-9]+)$; ECMA-262 (what JSON Schema specifies, and ajv) and the reader refuse it.",
            s => s.ReaderStricter && s.ReaderMessage.Contains("must match the pattern", StringComparison.Ordinal) && s.Payload.Contains("\\n\"", StringComparison.Ordinal)),
    };

    // ------------------------------------------------------------------------------------------------------------

    /// <summary>One payload, judged twice.</summary>
    public sealed record Sample(
        string Tool,
        bool Strict,
        string Payload,
        string[] Tags,
        bool ValidatorAccepts,
        string[] ValidatorErrors,
        bool ReaderAccepts,
        string ReaderMessage,
        bool? PlainAccepts)
    {
        public bool Has(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

        public bool HasPrefix(string prefix) => Tags.Any(t => t.StartsWith(prefix, StringComparison.Ordinal));

        /// <summary>The validator refuses, the reader takes it.</summary>
        public bool ReaderLenient => !ValidatorAccepts && ReaderAccepts;

        /// <summary>The validator takes it, the reader refuses.</summary>
        public bool ReaderStricter => ValidatorAccepts && !ReaderAccepts;

        /// <summary>Every keyword the validator failed on is one of these.</summary>
        public bool FailsOnlyOn(params string[] keywords) =>
            ValidatorErrors.Length > 0 && ValidatorErrors.All(e => keywords.Any(k => e.StartsWith(k + "@", StringComparison.Ordinal)));

        public override string ToString() =>
            $"{Tool} {(Strict ? "strict" : "plain")} {Payload}\n      validator: {(ValidatorAccepts ? "accepts" : "refuses (" + string.Join(", ", ValidatorErrors) + ")")}" +
            $"\n      reader:    {(ReaderAccepts ? "accepts" : "refuses: " + ReaderMessage)}\n      tags:      {string.Join(", ", Tags)}";
    }

    public sealed record ResultSample(string Tool, string Payload, string Content, string[] ValidatorErrors);

    /// <summary>The corpus, its payloads and both verdicts, computed once for every test of this class.</summary>
    public sealed class Run
    {
        public static readonly Lazy<Run> Instance = new(() => new Run());

        public IReadOnlyList<(IToolSet Set, ToolDefinition Definition)> Tools { get; }

        public List<Sample> Samples { get; } = new();

        public List<ResultSample> Results { get; } = new();

        public int ResultsChecked => CheckedResults.Count;

        /// <summary>Every result checked against its return schema: the tool and the content.</summary>
        public List<(string Tool, string Content, string[] Tags)> CheckedResults { get; } = new();

        private Run()
        {
            var differential = new DifferentialTools();
            var schema = new SchemaTools();
            Tools = DifferentialTools.ToolDefinitions.Select(d => ((IToolSet)differential, d))
                .Concat(SchemaTools.ToolDefinitions.Select(d => ((IToolSet)schema, d)))
                .ToArray();

            var evaluation = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
            var index = 0;
            foreach (var (set, definition) in Tools)
            {
                index++;
                var returns = definition.ReturnSchema is null ? null : Build(definition.ReturnSchema, definition.Name, "returns");
                foreach (var strict in new[] { false, true })
                {
                    var text = strict ? definition.StrictParametersSchema : definition.ParametersSchema;
                    if (text is null)
                    {
                        continue;
                    }

                    var validator = Build(text, definition.Name, strict ? "strict" : "plain");
                    var plain = strict ? Build(definition.ParametersSchema, definition.Name, "plain-for-strict") : null;
                    using var schemaDocument = JsonDocument.Parse(text);
                    var generator = new PayloadGenerator(schemaDocument.RootElement, new Random(Seed + index * 2 + (strict ? 1 : 0)), strict);
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    for (var i = 0; i < ValidPerTool + InvalidPerTool; i++)
                    {
                        var (payload, tags) = generator.Next(invalid: i >= ValidPerTool);
                        if (!seen.Add(payload))
                        {
                            continue;
                        }

                        using var instance = JsonDocument.Parse(payload);
                        var verdict = validator.Evaluate(instance.RootElement, evaluation);
                        var call = new ToolCall("call_" + Samples.Count.ToString(CultureInfo.InvariantCulture), definition.Name, payload) { Strict = strict };
                        var result = set.InvokeAsync(call).AsTask().GetAwaiter().GetResult();
                        Assert.Equal(call.Id, result.CallId);
                        var readerAccepts = !(result.Error?.Kind is ToolErrorKind.InvalidArguments or ToolErrorKind.MalformedArguments);
                        Samples.Add(new Sample(
                            definition.Name, strict, payload, tags, verdict.IsValid, verdict.IsValid ? Array.Empty<string>() : Errors(verdict),
                            readerAccepts, result.IsError ? result.Content : "",
                            plain is null ? null : plain.Evaluate(WithoutNulls(instance.RootElement), evaluation).IsValid));

                        // The result of a call with valid arguments (by the validator) must match the return schema.
                        if (verdict.IsValid && readerAccepts && !result.IsError && returns is not null)
                        {
                            CheckedResults.Add((definition.Name, result.Content, tags));
                            using var content = JsonDocument.Parse(result.Content);
                            var resultVerdict = returns.Evaluate(content.RootElement, evaluation);
                            if (!resultVerdict.IsValid)
                            {
                                Results.Add(new ResultSample(definition.Name, payload, result.Content, Errors(resultVerdict)));
                            }
                        }
                    }
                }
            }
        }

        /// <summary>A strict payload as the plain schema sees it: a property set to null is a property left out.</summary>
        private static JsonElement WithoutNulls(JsonElement element)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(element, writer);
            }

            using var document = JsonDocument.Parse(buffer.WrittenMemory);
            return document.RootElement.Clone();

            static void Write(JsonElement element, Utf8JsonWriter writer)
            {
                switch (element.ValueKind)
                {
                    case JsonValueKind.Object:
                        writer.WriteStartObject();
                        foreach (var property in element.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null))
                        {
                            writer.WritePropertyName(property.Name);
                            Write(property.Value, writer);
                        }

                        writer.WriteEndObject();
                        break;
                    case JsonValueKind.Array:
                        writer.WriteStartArray();
                        foreach (var item in element.EnumerateArray())
                        {
                            Write(item, writer);
                        }

                        writer.WriteEndArray();
                        break;
                    default:
                        element.WriteTo(writer);
                        break;
                }
            }
        }

        private static JsonSchema Build(string text, string tool, string kind) =>
            JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri("https://toolgen.test/" + tool + "/" + kind));

        /// <summary>The failed keywords, as <c>keyword@/instance/location</c>, innermost first.</summary>
        private static string[] Errors(EvaluationResults results)
        {
            var errors = new List<string>();
            void Walk(EvaluationResults node)
            {
                if (node.Errors is { } found)
                {
                    foreach (var keyword in found.Keys)
                    {
                        errors.Add(keyword + "@" + node.InstanceLocation);
                    }
                }

                foreach (var child in node.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>())
                {
                    Walk(child);
                }
            }

            Walk(results);
            return errors.Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    private static Run Corpus => Run.Instance.Value;

    [Fact]
    public void The_corpus_is_large_enough_and_covers_both_verdicts_in_both_modes()
    {
        var samples = Corpus.Samples;
        foreach (var strict in new[] { false, true })
        {
            var mode = samples.Where(s => s.Strict == strict).ToArray();
            output.WriteLine(
                $"{(strict ? "strict" : "plain")}: {mode.Length} payloads, validator accepts {mode.Count(s => s.ValidatorAccepts)}, refuses {mode.Count(s => !s.ValidatorAccepts)}; " +
                $"reader accepts {mode.Count(s => s.ReaderAccepts)}, refuses {mode.Count(s => !s.ReaderAccepts)}");
            Assert.True(mode.Count(s => s.ValidatorAccepts) >= 1000, "too few valid payloads");
            Assert.True(mode.Count(s => !s.ValidatorAccepts) >= 1000, "too few invalid payloads");
        }

        Assert.True(samples.Count >= 5000, "too few payloads: " + samples.Count);
        output.WriteLine($"results checked against their return schema: {Corpus.ResultsChecked}");
    }

    [Fact]
    public void The_reader_accepts_exactly_what_the_validator_accepts_except_the_listed_differences()
    {
        var disagreements = Corpus.Samples.Where(s => s.ValidatorAccepts != s.ReaderAccepts).ToArray();
        var unexplained = disagreements.Where(s => !Differences.Any(d => d.Explains(s))).ToArray();
        output.WriteLine($"disagreements: {disagreements.Length} of {Corpus.Samples.Count} payloads ({disagreements.Count(s => s.ReaderLenient)} the reader takes and the validator refuses, {disagreements.Count(s => s.ReaderStricter)} the other way); unexplained: {unexplained.Length}");
        foreach (var difference in Differences)
        {
            var explained = disagreements.Where(difference.Explains).ToArray();
            output.WriteLine($"{difference.Name}: {explained.Length} ({explained.Count(x => !x.Strict)} plain, {explained.Count(x => x.Strict)} strict)" +
                (explained.Length > 0 ? $", e.g. {explained[0].Tool} {(explained[0].Strict ? "strict" : "plain")} {explained[0].Payload}" : ""));
        }

        var message = new StringBuilder();
        if (unexplained.Length > 0)
        {
            message.AppendLine(CultureInfo.InvariantCulture, $"{unexplained.Length} of {Corpus.Samples.Count} payloads judged otherwise by the validator and the reader, with no row of Differences:");
            foreach (var group in unexplained.GroupBy(Category).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                message.AppendLine(CultureInfo.InvariantCulture, $"  [{group.Count()}] {group.Key}");
                foreach (var sample in group.Take(3))
                {
                    message.AppendLine("    " + sample);
                }
            }
        }

        var stale = Differences.Where(d => !disagreements.Any(d.Explains)).Select(d => d.Name).ToArray();
        if (stale.Length > 0)
        {
            message.AppendLine("Rows of Differences that explain no disagreement any more (remove them here and in docs/schema-agreement.md): " + string.Join(", ", stale));
        }

        Assert.True(message.Length == 0, message.ToString());
    }

    [Fact]
    public void Every_result_validates_against_its_return_schema()
    {
        var failures = Corpus.Results.Where(r => !Differences.Any(d => d.Explains(AsSample(r)))).ToArray();
        Assert.True(Corpus.ResultsChecked > 1000, "too few results checked: " + Corpus.ResultsChecked);
        Assert.True(
            failures.Length == 0,
            failures.Length + " results do not validate against their return schema:\n" +
            string.Join("\n", failures.GroupBy(f => f.Tool).Select(g => $"  [{g.Count()}] {g.Key}: {g.First().Content} ({string.Join(", ", g.First().ValidatorErrors)}) for {g.First().Payload}")));
    }

    [Fact]
    public void Every_emitted_schema_of_the_corpus_is_well_formed_without_duplicate_keys()
    {
        // The check itself finds them, at any depth.
        Assert.Equal("$: a", SchemaChecks.DuplicateKeys("""{"a":1,"b":[{"a":1}],"a":2}"""));
        Assert.Equal("$.p.q: x", SchemaChecks.DuplicateKeys("""{"p":{"q":{"x":1,"y":[1,{"x":2}],"x":{}}}}"""));
        Assert.Equal("", SchemaChecks.DuplicateKeys("""{"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}]}"""));

        foreach (var (_, definition) in Corpus.Tools)
        {
            SchemaChecks.AssertWellFormed(definition);
        }
    }

    /// <summary>
    /// Writes artifacts/interop/schemas.json for build/interop/check.mjs (ajv): every schema of the corpus, every
    /// payload with both verdicts and the row that explains a disagreement, and every result checked.
    /// </summary>
    [Fact]
    public void Exports_the_corpus_for_the_ajv_check()
    {
        var path = Path.Combine(SchemaChecks.RepositoryRoot(), "artifacts", "interop", "schemas.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var stream = File.Create(path))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("tools");
            foreach (var (_, definition) in Corpus.Tools)
            {
                writer.WriteStartObject();
                writer.WriteString("name", definition.Name);
                writer.WriteString("parameters", definition.ParametersSchema);
                writer.WriteString("strict", definition.StrictParametersSchema);
                writer.WriteString("returns", definition.ReturnSchema);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("samples");
            foreach (var sample in Corpus.Samples)
            {
                writer.WriteStartObject();
                writer.WriteString("tool", sample.Tool);
                writer.WriteBoolean("strict", sample.Strict);
                writer.WriteString("payload", sample.Payload);
                writer.WriteStartArray("tags");
                foreach (var tag in sample.Tags)
                {
                    writer.WriteStringValue(tag);
                }

                writer.WriteEndArray();
                writer.WriteBoolean("validator", sample.ValidatorAccepts);
                writer.WriteBoolean("reader", sample.ReaderAccepts);
                writer.WriteString("difference", sample.ValidatorAccepts == sample.ReaderAccepts ? null : Differences.FirstOrDefault(d => d.Explains(sample))?.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("results");
            foreach (var (tool, content, tags) in Corpus.CheckedResults)
            {
                writer.WriteStartObject();
                writer.WriteString("tool", tool);
                writer.WriteString("content", content);
                writer.WriteStartArray("tags");
                foreach (var tag in tags)
                {
                    writer.WriteStringValue(tag);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        Assert.True(new FileInfo(path).Length > 100_000, path + " is too small");
    }

    /// <summary>A result that fails its return schema, seen as a sample with the tag <c>result</c>, for the rows.</summary>
    private static Sample AsSample(ResultSample result) =>
        new(result.Tool, false, result.Content, new[] { "result" }, false, result.ValidatorErrors, true, "", null);

    /// <summary>What the failure message groups by: the direction, the mode, the keywords failed and the tags.</summary>
    private static string Category(Sample sample) =>
        (sample.ReaderLenient ? "validator refuses, reader accepts" : "validator accepts, reader refuses") +
        (sample.Strict ? " | strict" : " | plain") +
        " | keywords: " + string.Join(",", sample.ValidatorErrors.Select(e => e[..e.IndexOf('@')]).Distinct().Order(StringComparer.Ordinal)) +
        " | tags: " + string.Join(",", sample.Tags);
}
