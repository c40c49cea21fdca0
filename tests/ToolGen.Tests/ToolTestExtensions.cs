namespace ToolGen.Tests;

internal static class ToolTestExtensions
{
    public static ToolResult Call(this IToolSet set, string name, string? arguments, string id = "call_1") =>
        set.InvokeAsync(new ToolCall(id, name, arguments)).AsTask().GetAwaiter().GetResult();

    public static string Ok(this IToolSet set, string name, string? arguments)
    {
        var result = set.Call(name, arguments);
        Assert.False(result.IsError, "expected success, got: " + result.Content);
        return result.Content;
    }

    public static string Fails(this IToolSet set, string name, string? arguments, ToolErrorKind kind)
    {
        var result = set.Call(name, arguments);
        Assert.True(result.IsError, "expected an error, got: " + result.Content);
        Assert.Equal(kind, result.Error!.Kind);
        Assert.Equal(result.Error.Message, result.Content);
        return result.Content;
    }
}
