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
        // A string, not nameof(call): a member of the user's type named 'nameof' would capture nameof(...).
        w.Line($$"""
            internal static {{Names.ValueTaskOfResult}} {{GeneratedNames.Dispatch}}({{instance}}{{Names.ToolCall}} call, {{Names.CancellationToken}} cancellationToken)
            {
                if (call is null)
                {
                    throw new global::System.ArgumentNullException("call");
                }

                switch (call.Name)
                {
            """);
        for (var i = 0; i < model.Tools.Count; i++)
        {
            var tool = model.Tools[i];
            w.Line($$"""
                        case {{CSharpLiteral.String(tool.Name)}}:
                            return {{context.Tool(i).Invoke}}({{InstanceArgument(model.Header, tool)}}call, cancellationToken);
                """);
        }

        w.Line($$"""
                    default:
                        return {{Completed($"{Names.ToolDispatch}.UnknownTool(call, {GeneratedNames.Definitions})")}};
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
            ParameterRole.Context => "new global::ToolGen.ToolCallContext(call)",
            ParameterRole.Service when p.ServiceIsOptional => $"__service{i} is {p.ServiceTypeName} __s{i} ? __s{i} : default!",
            ParameterRole.Service => $"({p.ServiceTypeName})__service{i}!",
            _ => "__a" + i,
        }));
        var call = $"{(TakesInstance(header, tool) ? Instance : header.FullyQualifiedName)}.{tool.MethodName}({callArguments})";
        var instanceParameter = TakesInstance(header, tool) ? $"{InstanceType(header)} {Instance}, " : string.Empty;
        var outs = string.Concat(slots.Select(s => $", out var {s.Target}"));

        w.Open($"private static {Names.ValueTaskOfResult} {names.Invoke}({instanceParameter}{Names.ToolCall} call, {Names.CancellationToken} cancellationToken)");
        if (usesPatterns)
        {
            // Pattern checks share one time budget per call, and stop when the call is cancelled.
            w.Line($$"""
                {{Names.ArgumentChecks}}.BeginCall(cancellationToken);
                var __read = {{names.ReadArguments}}(call.Arguments.Span, call.Strict, call.Lenient && !call.Strict{{outs}}, out var __error);
                {{Names.ArgumentChecks}}.EndCall();
                """);
        }

        var read = usesPatterns ? "__read" : $"{names.ReadArguments}(call.Arguments.Span, call.Strict, call.Lenient && !call.Strict{outs}, out var __error)";
        w.Line($$"""
            if (!{{read}})
            {
                return {{Completed($"{Names.ToolResult}.Failure(call.Id, __error!)")}};
            }
            """);
        EmitServices(w, tool);
        w.Line();
        w.Open("try");
        EmitCall(w, tool, names, call);
        w.Close();
        w.Line($$"""
            catch ({{Names.Exception}} __ex) when ({{Names.ToolDispatch}}.IsToolFailure(__ex, cancellationToken))
            {
                return {{Completed($"{Names.ToolDispatch}.Failed(call, __ex)")}};
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
                ParameterRole.ServiceProvider => $"TryGetServices(call, out var __services, out var __missing{i})",
                ParameterRole.Service => $"TryGetService(call, typeof({parameter.ServiceTypeName}), {(parameter.ServiceIsOptional ? "true" : "false")}, cancellationToken, out var __service{i}, out var __missing{i})",
                _ => null,
            };
            if (lookup is not null)
            {
                w.Line($$"""

                    if (!{{Names.ToolDispatch}}.{{lookup}})
                    {
                        return {{Completed($"__missing{i}!")}};
                    }
                    """);
            }
        }
    }

    private static void EmitCall(SourceWriter w, ToolModel tool, ToolNames names, string call)
    {
        var value = tool.Return.Value;
        var noContent = Completed($"{Names.ToolResult}.Success(call.Id, {Names.ToolResult}.NoContent)");
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
                    return {{Completed($"{Names.ToolResult}.Failure(call.Id, new {Names.ToolError}({Names.ToolErrorKind}.ToolFailed, {message}))")}};
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
        w.Line($"return {names.Complete}(__task, call, cancellationToken);");
    }

    private static void EmitCompleter(SourceWriter w, ToolModel tool, ToolNames names)
    {
        var value = tool.Return.Value;
        var taskType = (tool.Return.Async == AsyncKind.Task ? "global::System.Threading.Tasks.Task" : "global::System.Threading.Tasks.ValueTask")
            + (value is null ? string.Empty : "<" + value.TypeName + ">");
        var (await, result) = value is null
            ? ("await task.ConfigureAwait(false);", $"{Names.ToolResult}.Success(call.Id, {Names.ToolResult}.NoContent)")
            : ("var __result = await task.ConfigureAwait(false);", Success(value, names));
        w.Line($$"""
            private static async {{Names.ValueTaskOfResult}} {{names.Complete}}({{taskType}} task, {{Names.ToolCall}} call, {{Names.CancellationToken}} cancellationToken)
            {
                try
                {
                    {{await}}
                    return {{result}};
                }
                catch ({{Names.Exception}} __ex) when ({{Names.ToolDispatch}}.IsToolFailure(__ex, cancellationToken))
                {
                    return {{Names.ToolDispatch}}.Failed(call, __ex);
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
        $"{Names.ToolResult}.Success(call.Id, {ResultWriterEmitter.Expression(value, "__result", names.WriteResult)})";

    private static string Completed(string result) => $"new {Names.ValueTaskOfResult}({result})";
}
