using System;
using System.Linq;
using System.Threading.Tasks;
using ToolGen.Benchmarks.HandWritten;
using ToolGen.Benchmarks.Meai;
using ToolGen.Benchmarks.Tools;

namespace ToolGen.Benchmarks.Dispatch;

/// <summary>
/// The three paths issue 18 compares, each from the tool name and the UTF-8 arguments to the result text:
/// <list type="bullet">
/// <item><b>Limit</b>: <see cref="Utf8Limit"/>, hand-written, with no <see cref="ToolCall"/> or <see cref="ToolResult"/>;</item>
/// <item><b>ToolGen</b>: what a codec does with ToolGen: <c>new ToolCall(id, name, bytes)</c>, the generated
/// <c>InvokeAsync</c>, and the <see cref="ToolResult"/>'s <c>Content</c> (both objects are counted);</item>
/// <item><b>ToolGenUtf8</b>: the generated <see cref="IUtf8ToolSet"/> path, name and bytes in, a <see cref="ToolOutput"/> struct out;</item>
/// <item><b>MEAI</b>: <see cref="MeaiDispatcher"/>, as M.E.AI's OpenAI client and <c>FunctionInvokingChatClient</c> do it.</item>
/// </list>
/// </summary>
internal sealed class ShapePaths
{
    private readonly Utf8Limit _limit = new(new BenchTools(), new ShapeTools());
    private readonly IToolSet _bench = new BenchTools();
    private readonly IToolSet _shapes = new ShapeTools();
    private readonly MeaiDispatcher _meai = new(MeaiTools.Create(new BenchTools()).Concat(MeaiTools.CreateShapes(new ShapeTools())));

    /// <summary>The generated tool set that holds a sample's tool.</summary>
    public IToolSet SetOf(CallSample sample) => Array.IndexOf(Calls.All, sample) >= 0 ? _bench : _shapes;

    public string Limit(CallSample sample) => _limit.Invoke(sample.Name, sample.Utf8.Span, out _);

    public string Limit(CallSample sample, out bool isError) => _limit.Invoke(sample.Name, sample.Utf8.Span, out isError);

    public static string ToolGen(IToolSet set, CallSample sample) => ToolGenResult(set, sample).Content;

    public static ToolResult ToolGenResult(IToolSet set, CallSample sample)
    {
        var task = set.InvokeAsync(new ToolCall(Calls.CallId, sample.Name, sample.Utf8));
        return task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }

    /// <summary>ToolGen's <see cref="IUtf8ToolSet"/> path: name and bytes in, a <see cref="ToolOutput"/> struct out.</summary>
    public static string ToolGenUtf8(IUtf8ToolSet set, CallSample sample) => ToolGenOutput(set, sample).Content;

    public static ToolOutput ToolGenOutput(IUtf8ToolSet set, CallSample sample)
    {
        var task = set.InvokeUtf8Async(sample.Name, sample.Utf8);
        return task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
    }

    public ValueTask<string> Meai(CallSample sample) => _meai.InvokeAsync(Calls.CallId, sample.Name, sample.Utf8);
}
