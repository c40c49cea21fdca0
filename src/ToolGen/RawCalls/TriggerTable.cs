using System.Collections.Generic;

namespace ToolGen.RawCalls;

/// <summary>The triggers of each format. <see cref="RawToolCallFormat.Auto"/> has them all; every format has the reasoning ones.</summary>
internal static class TriggerTable
{
    private static readonly TriggerSet[] ByFormat = Build();

    public static TriggerSet For(RawToolCallFormat format) =>
        (int)format >= 0 && (int)format < ByFormat.Length ? ByFormat[(int)format] : ByFormat[0];

    private static TriggerSet[] Build()
    {
        var all = new List<Trigger>();
        var reasoning = new[]
        {
            new Trigger("<think>", RawToolCallFormat.Auto, ReasoningReader.ReadThink, isCallMarker: false),
            new Trigger("</think>", RawToolCallFormat.Auto, ReasoningReader.ReadOrphanEnd, isCallMarker: false),
        };

        var formats = new Dictionary<RawToolCallFormat, Trigger[]>
        {
            [RawToolCallFormat.Hermes] = TagBlock(RawToolCallFormat.Hermes),
            [RawToolCallFormat.Qwen3Coder] = new[]
            {
                new Trigger("<tool_call>", RawToolCallFormat.Qwen3Coder, TagBlockReader.Read),
                new Trigger("<function=", RawToolCallFormat.Qwen3Coder, XmlCallReader.ReadBareFunction),
            },
            [RawToolCallFormat.Glm45] = TagBlock(RawToolCallFormat.Glm45),
            [RawToolCallFormat.Llama3Json] = new[]
            {
                new Trigger("<|python_tag|>", RawToolCallFormat.Llama3Json, LlamaReader.ReadPythonTag),
                new Trigger("<|eom_id|>", RawToolCallFormat.Llama3Json, LlamaReader.ReadEndToken, isCallMarker: false),
                new Trigger("<|eot_id|>", RawToolCallFormat.Llama3Json, LlamaReader.ReadEndToken, isCallMarker: false),
                new Trigger('{', LlamaReader.MayStartObject, RawToolCallFormat.Llama3Json, LlamaReader.ReadBareObject),
                new Trigger('[', LlamaReader.MayStartArray, RawToolCallFormat.Llama3Json, LlamaReader.ReadBareArray),
            },
            [RawToolCallFormat.Mistral] = new[]
            {
                new Trigger("[TOOL_CALLS]", RawToolCallFormat.Mistral, MistralReader.Read),
            },
            [RawToolCallFormat.Pythonic] = new[]
            {
                new Trigger("<|python_start|>", RawToolCallFormat.Pythonic, PythonicReader.ReadPythonStart),
                new Trigger("<function_calls>", RawToolCallFormat.Pythonic, PythonicReader.ReadFunctionCalls),
                new Trigger('[', PythonicReader.MayStartList, RawToolCallFormat.Pythonic, PythonicReader.ReadBareList),
            },
            [RawToolCallFormat.DeepSeek] = new[]
            {
                new Trigger("<\uFF5Ctool\u2581calls\u2581begin\uFF5C>", RawToolCallFormat.DeepSeek, DeepSeekReader.ReadSection),
                new Trigger("<\uFF5Ctool\u2581call\u2581begin\uFF5C>", RawToolCallFormat.DeepSeek, DeepSeekReader.ReadLoneCall),
                new Trigger("<|tool\u2581calls\u2581begin|>", RawToolCallFormat.DeepSeek, DeepSeekReader.ReadSection),
                new Trigger("<|tool\u2581call\u2581begin|>", RawToolCallFormat.DeepSeek, DeepSeekReader.ReadLoneCall),
            },
            [RawToolCallFormat.Granite] = new[]
            {
                new Trigger("<|tool_call|>", RawToolCallFormat.Granite, JsonBlockReaders.ReadGranite),
            },
            [RawToolCallFormat.InternLM] = new[]
            {
                new Trigger("<|action_start|><|plugin|>", RawToolCallFormat.InternLM, JsonBlockReaders.ReadInternLM),
            },
            [RawToolCallFormat.Jamba] = new[]
            {
                new Trigger("<tool_calls>", RawToolCallFormat.Jamba, JsonBlockReaders.ReadJamba),
            },
            [RawToolCallFormat.Harmony] = new[]
            {
                new Trigger("<|start|>", RawToolCallFormat.Harmony, HarmonyReader.ReadMessage, isCallMarker: false),
                new Trigger("<|channel|>", RawToolCallFormat.Harmony, HarmonyReader.ReadMessage, isCallMarker: false),
                new Trigger("<|end|>", RawToolCallFormat.Harmony, HarmonyReader.ReadStrayEnd, isCallMarker: false),
                new Trigger("<|return|>", RawToolCallFormat.Harmony, HarmonyReader.ReadStrayEnd, isCallMarker: false),
                new Trigger("<|call|>", RawToolCallFormat.Harmony, HarmonyReader.ReadStrayEnd, isCallMarker: false),
                new Trigger("to=functions.", RawToolCallFormat.Harmony, HarmonyReader.ReadPlainRecipient),
            },
            [RawToolCallFormat.Gemma] = new[]
            {
                new Trigger("<start_function_call>", RawToolCallFormat.Gemma, GemmaReader.ReadFunctionGemma),
                new Trigger("<|tool_call>", RawToolCallFormat.Gemma, GemmaReader.ReadGemma4),
            },
            [RawToolCallFormat.KimiK2] = new[]
            {
                new Trigger("<|tool_calls_section_begin|>", RawToolCallFormat.KimiK2, KimiReader.ReadSection),
                new Trigger("<|tool_call_section_begin|>", RawToolCallFormat.KimiK2, KimiReader.ReadSection),
                new Trigger("<|tool_call_begin|>", RawToolCallFormat.KimiK2, KimiReader.ReadLoneCall),
            },
        };

        var table = new TriggerSet[(int)RawToolCallFormat.KimiK2 + 1];
        foreach (var pair in formats)
        {
            var list = new List<Trigger>(reasoning);
            list.AddRange(pair.Value);
            table[(int)pair.Key] = new TriggerSet(list.ToArray());
        }

        // Auto: every marker once (the <tool_call> reader serves Hermes, Qwen3-Coder and GLM alike), markers before
        // the single-character triggers, so that "[TOOL_CALLS]" is not taken for a pythonic list.
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        all.AddRange(reasoning);
        foreach (var format in new[]
        {
            RawToolCallFormat.Hermes, RawToolCallFormat.Qwen3Coder, RawToolCallFormat.Mistral, RawToolCallFormat.Llama3Json,
            RawToolCallFormat.Pythonic, RawToolCallFormat.DeepSeek, RawToolCallFormat.Granite, RawToolCallFormat.InternLM,
            RawToolCallFormat.Jamba, RawToolCallFormat.Harmony, RawToolCallFormat.Gemma, RawToolCallFormat.KimiK2,
        })
        {
            foreach (var trigger in formats[format])
            {
                if (trigger.Condition is null && seen.Add(trigger.Marker))
                {
                    all.Add(trigger);
                }
            }
        }

        all.Add(new Trigger('[', AutoReader.MayStartArray, RawToolCallFormat.Auto, AutoReader.ReadBareArray));
        all.Add(new Trigger('{', LlamaReader.MayStartObject, RawToolCallFormat.Llama3Json, LlamaReader.ReadBareObject));
        table[0] = new TriggerSet(all.ToArray());
        return table;
    }

    private static Trigger[] TagBlock(RawToolCallFormat format) => new[]
    {
        new Trigger("<tool_call>", format, TagBlockReader.Read),
    };
}

/// <summary>A format's triggers, grouped by their first character so that the scanner skips ordinary text quickly.</summary>
internal sealed class TriggerSet
{
    private readonly Trigger[][] _byFirst;

    public TriggerSet(Trigger[] all)
    {
        All = all;
        var firsts = new List<char>();
        var words = new List<Trigger>();
        foreach (var trigger in all)
        {
            if (char.IsLetter(trigger.First))
            {
                // "to=functions." would stop the scan at every "t" of the prose: found with a string search instead.
                words.Add(trigger);
                continue;
            }

            if (!firsts.Contains(trigger.First))
            {
                firsts.Add(trigger.First);
            }
        }

        FirstChars = firsts.ToArray();
        Words = words.ToArray();
        _byFirst = new Trigger[FirstChars.Length][];
        for (var i = 0; i < FirstChars.Length; i++)
        {
            var bucket = new List<Trigger>();
            foreach (var trigger in all)
            {
                if (trigger.First == FirstChars[i])
                {
                    bucket.Add(trigger);
                }
            }

            _byFirst[i] = bucket.ToArray();
        }
    }

    /// <summary>Every trigger, markers before single characters.</summary>
    public Trigger[] All { get; }

    /// <summary>The triggers that start with a letter, searched for as whole strings.</summary>
    public Trigger[] Words { get; }

    /// <summary>The characters a trigger other than <see cref="Words"/> may start with.</summary>
    public char[] FirstChars { get; }

    /// <summary>The triggers that start with <paramref name="c"/>, in order.</summary>
    public Trigger[] StartingWith(char c)
    {
        for (var i = 0; i < FirstChars.Length; i++)
        {
            if (FirstChars[i] == c)
            {
                return _byFirst[i];
            }
        }

        return System.Array.Empty<Trigger>();
    }
}
