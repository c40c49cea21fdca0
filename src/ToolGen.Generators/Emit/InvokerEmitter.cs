using System.Linq;
using ToolGen.Generators.Model;
using ToolGen.Generators.Text;

namespace ToolGen.Generators.Emit;

/// <summary>
/// Emits the dispatcher (a <c>switch</c> over tool names) and, per tool, the invoker: read the arguments, resolve
/// services, call the method, write the result; a task that has not finished goes to a completer that awaits it.
/// Instance tools get the instance as a parameter: the helper class is nested in the tool type, so it may call private members.
/// </summary>
internal static class InvokerEmitter
{
    private const string Instance = "instance";

    public static void EmitDispatch(SourceWriter w, EmitContext context, ToolSetModel model)
    {
        var instance = model.Header.IsStatic ? string.Empty : $"{InstanceType(model.Header)} {Instance}, ";
        var instanceArgument = model.Header.IsStatic ? string.Empty : (model.Header.IsMutableStruct ? "ref " : string.Empty) + Instance + ", ";
        // A string, not nameof(call): a member of the user's type named 'nameof' would capture nameof(...).
        // Both contracts share one switch: IToolSet's call is taken apart (and its outcome made a ToolResult with the
        // call's id); IUtf8ToolSet's name and bytes go straight in, with no call object unless a tool needs one.
        w.Line($$"""
            internal static {{Names.ValueTaskOfResult}} {{GeneratedNames.Dispatch}}({{instance}}{{Names.ToolCall}} call, {{Names.CancellationToken}} cancellationToken)
            {
                if (call is null)
                {
                    throw new global::System.ArgumentNullException("call");
                }

                return {{Names.ToolDispatch}}.ToResult({{GeneratedNames.DispatchOutput}}({{instanceArgument}}call.Name, call.Arguments, call.Strict, call.Lenient && !call.Strict, call, cancellationToken), call);
            }

            internal static {{Names.ValueTaskOfOutput}} {{GeneratedNames.DispatchOutput}}({{instance}}string name, {{Names.Utf8Arguments}} arguments, bool strict, bool lenient, {{Names.ToolCall}}? call, {{Names.CancellationToken}} cancellationToken)
            {
                if (name is null)
                {
                    throw new global::System.ArgumentNullException("name");
                }

                switch (name)
                {
            """);
        for (var i = 0; i < model.Tools.Count; i++)
        {
            var tool = model.Tools[i];
            w.Line($$"""
                        case {{CSharpLiteral.String(tool.Name)}}:
                            return {{context.Tool(i).Invoke}}({{InstanceArgument(model.Header, tool)}}arguments, strict, lenient, call, cancellationToken);
                """);
        }

        w.Line($$"""
                    default:
                        return {{Completed($"{Names.ToolDispatch}.UnknownToolOutput(name, {GeneratedNames.Definitions})")}};
                }
            }
            """);
    }

    /// <param name="w">The writer.</param>
    /// <param name="header">The tool set.</param>
    /// <param name="tool">The tool.</param>
    /// <param name="names">The tool's helper names.</param>
    /// <param name="usesPatterns">Whether reading the arguments may run patterns, which then get the call's time budget.</param>
    public static void EmitInvoker(SourceWriter w, ToolSetHeader header, ToolModel tool, ToolNames names, bool usesPatterns = false)
    {
        var slots = ArgumentReaderEmitter.Slots(tool, names);
        var callArguments = string.Join(", ", tool.Parameters.Select((p, i) => p.Role switch
        {
            ParameterRole.CancellationToken => "cancellationToken",
            ParameterRole.ServiceProvider => "__services",
            ParameterRole.Context => "new global::ToolGen.ToolCallContext(call!)",
            ParameterRole.Service when p.ServiceIsOptional => $"__service{i} is {p.ServiceTypeName} __s{i} ? __s{i} : default!",
            ParameterRole.Service => $"({p.ServiceTypeName})__service{i}!",
            _ => "__a" + i,
        }));
        var call = $"{(TakesInstance(header, tool) ? Instance : header.FullyQualifiedName)}.{tool.MethodName}({callArguments})";
        var instanceParameter = TakesInstance(header, tool) ? $"{InstanceType(header)} {Instance}, " : string.Empty;
        var outs = string.Concat(slots.Select(s => $", out var {s.Target}"));

        w.Open($"private static {Names.ValueTaskOfOutput} {names.Invoke}({instanceParameter}{Names.Utf8Arguments} arguments, bool strict, bool lenient, {Names.ToolCall}? call, {Names.CancellationToken} cancellationToken)");
        if (usesPatterns)
        {
            // Pattern checks share one time budget per call, and stop when the call is cancelled.
            w.Line($$"""
                {{Names.ArgumentChecks}}.BeginCall(cancellationToken);
                var __read = {{names.ReadArguments}}(arguments.Span, strict, lenient{{outs}}, out var __error);
                {{Names.ArgumentChecks}}.EndCall();
                """);
        }

        var read = usesPatterns ? "__read" : $"{names.ReadArguments}(arguments.Span, strict, lenient{outs}, out var __error)";
        w.Line($$"""
            if (!{{read}})
            {
                return {{Completed($"{Names.ToolOutput}.Failure(__error!)")}};
            }
            """);
        if (NeedsCall(tool))
        {
            // Services and the call context come from a call; one made through IUtf8ToolSet has none, so it gets a bare one.
            w.Line();
            w.Line($"call ??= {Names.ToolDispatch}.CallFor({CSharpLiteral.String(tool.Name)}, arguments);");
        }

        EmitServices(w, tool);
        w.Line();
        w.Open("try");
        EmitCall(w, tool, names, call);
        w.Close();
        w.Line($$"""
            catch ({{Names.Exception}} __ex) when ({{Names.ToolDispatch}}.IsToolFailure(__ex, cancellationToken))
            {
                return {{Completed($"{Names.ToolDispatch}.Failure({CSharpLiteral.String(tool.Name)}, __ex)")}};
            }
            """);
        w.Close();

        if (tool.Return.Async != AsyncKind.None)
        {
            w.Line();
            EmitCompleter(w, tool, names);
        }
    }

    /// <summary>Services are resolved after the arguments: a model's mistake is the more useful message.</summary>
    private static void EmitServices(SourceWriter w, ToolModel tool)
    {
        for (var i = 0; i < tool.Parameters.Count; i++)
        {
            var parameter = tool.Parameters[i];
            var lookup = parameter.Role switch
            {
                ParameterRole.ServiceProvider => $"TryGetServices(call!, out var __services, out var __missing{i})",
                ParameterRole.Service => $"TryGetService(call!, typeof({parameter.ServiceTypeName}), {(parameter.ServiceIsOptional ? "true" : "false")}, cancellationToken, out var __service{i}, out var __missing{i})",
                _ => null,
            };
            if (lookup is not null)
            {
                w.Line($$"""

                    if (!{{Names.ToolDispatch}}.{{lookup}})
                    {
                        return {{Completed($"{Names.ToolOutput}.FromResult(__missing{i}!)")}};
                    }
                    """);
            }
        }
    }

    private static void EmitCall(SourceWriter w, ToolModel tool, ToolNames names, string call)
    {
        var value = tool.Return.Value;
        var noContent = Completed($"{Names.ToolOutput}.Success({Names.ToolResult}.NoContent)");
        switch (tool.Return.Async)
        {
            case AsyncKind.None when value is null:
                w.Line(call + ";");
                w.Line($"return {noContent};");
                return;
            case AsyncKind.None:
                w.Line($"var __result = {call};");
                w.Line($"return {Completed(Success(value!, names))};");
                return;
        }

        w.Line($"var __task = {call};");
        if (tool.Return.Async == AsyncKind.Task)
        {
            // A method declared to return Task? (or one that breaks its contract) can return null; awaiting it would throw.
            var message = CSharpLiteral.String($"Tool \"{tool.Name}\" failed: the tool returned a null task.");
            w.Line($$"""
                if (__task is null)
                {
                    return {{Completed($"{Names.ToolOutput}.Failure(new {Names.ToolError}({Names.ToolErrorKind}.ToolFailed, {message}))")}};
                }
                """);
        }

        // A tool that finished synchronously needs no state machine.
        var completed = tool.Return.Async == AsyncKind.Task
            ? "__task.Status == global::System.Threading.Tasks.TaskStatus.RanToCompletion"
            : "__task.IsCompletedSuccessfully";
        w.Open($"if ({completed})");
        if (value is null)
        {
            w.Line($"return {noContent};");
        }
        else
        {
            w.Line("var __result = __task.Result;");
            w.Line($"return {Completed(Success(value, names))};");
        }

        w.Close();
        w.Line();
        w.Line($"return {names.Complete}(__task, cancellationToken);");
    }

    private static void EmitCompleter(SourceWriter w, ToolModel tool, ToolNames names)
    {
        var value = tool.Return.Value;
        var taskType = (tool.Return.Async == AsyncKind.Task ? "global::System.Threading.Tasks.Task" : "global::System.Threading.Tasks.ValueTask")
            + (value is null ? string.Empty : "<" + value.TypeName + ">");
        var (await, result) = value is null
            ? ("await task.ConfigureAwait(false);", $"{Names.ToolOutput}.Success({Names.ToolResult}.NoContent)")
            : ("var __result = await task.ConfigureAwait(false);", Success(value, names));
        w.Line($$"""
            private static async {{Names.ValueTaskOfOutput}} {{names.Complete}}({{taskType}} task, {{Names.CancellationToken}} cancellationToken)
            {
                try
                {
                    {{await}}
                    return {{result}};
                }
                catch ({{Names.Exception}} __ex) when ({{Names.ToolDispatch}}.IsToolFailure(__ex, cancellationToken))
                {
                    return {{Names.ToolDispatch}}.Failure({{CSharpLiteral.String(tool.Name)}}, __ex);
                }
            }
            """);
    }

    private static bool TakesInstance(ToolSetHeader header, ToolModel tool) => !header.IsStatic && !tool.IsStatic;

    private static string InstanceArgument(ToolSetHeader header, ToolModel tool) =>
        TakesInstance(header, tool) ? (header.IsMutableStruct ? "ref " : string.Empty) + Instance + ", " : string.Empty;

    /// <summary>A mutable struct is passed by reference, so that a tool's changes reach the instance it was called on.</summary>
    public static string InstanceType(ToolSetHeader header) => (header.IsMutableStruct ? "ref " : string.Empty) + header.FullyQualifiedName;

    private static string Success(TypeModel value, ToolNames names) =>
        $"{Names.ToolOutput}.Success({ResultWriterEmitter.Expression(value, "__result", names.WriteResult)})";

    private static string Completed(string result) => $"new {Names.ValueTaskOfOutput}({result})";

    /// <summary>Whether the tool takes services or its call context, which come from a <c>ToolCall</c>.</summary>
    private static bool NeedsCall(ToolModel tool) =>
        tool.Parameters.Any(p => p.Role is ParameterRole.ServiceProvider or ParameterRole.Service or ParameterRole.Context);
}
