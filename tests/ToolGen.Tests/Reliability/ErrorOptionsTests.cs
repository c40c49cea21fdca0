namespace ToolGen.Tests.Reliability;

/// <summary>Tests that change <see cref="ToolErrorOptions"/>, a process-wide setting: they run alone, after the others.</summary>
[CollectionDefinition(nameof(GlobalErrorOptions), DisableParallelization = true)]
public sealed class GlobalErrorOptions
{
}

/// <summary>Issue 13 item 7: what error messages may echo, and the opt-in for argument exception messages.</summary>
[Collection(nameof(GlobalErrorOptions))]
public class ErrorOptionsTests
{
    private readonly IToolSet _tools = new ReliabilityTools();

    [Fact]
    public void By_default_messages_quote_what_was_received()
    {
        Assert.Equal(
            "Invalid arguments for tool \"set_level\": \"level\": must be between 1 and 10; got 99.",
            _tools.Fails("set_level", """{"level":99}""", ToolErrorKind.InvalidArguments));
        Assert.Equal(
            "Invalid arguments for tool \"quote\": \"symbol\": expected a string; got 4242.",
            _tools.Fails("quote", """{"symbol":4242}""", ToolErrorKind.InvalidArguments));
    }

    [Fact]
    public void Without_quoting_messages_name_only_paths_and_expectations()
    {
        WithOptions(quote: false, showArgumentMessages: false, () =>
        {
            Assert.Equal(
                "Invalid arguments for tool \"set_level\": \"level\": must be between 1 and 10.",
                _tools.Fails("set_level", """{"level":99}""", ToolErrorKind.InvalidArguments));
            Assert.Equal(
                "Invalid arguments for tool \"quote\": \"symbol\": expected a string; got a number.",
                _tools.Fails("quote", """{"symbol":4242}""", ToolErrorKind.InvalidArguments));
            Assert.Equal(
                "Invalid arguments for tool \"quote\": expected a JSON object with the properties \"symbol\" (required); got a string.",
                _tools.Fails("quote", "\"hunter2\"", ToolErrorKind.MalformedArguments));
            Assert.Equal(
                "Invalid arguments for tool \"quote\": not valid JSON (not well formed at line 1, byte 15). Send the arguments as one JSON object.",
                _tools.Fails("quote", """{"symbol":"x" hunter2}""", ToolErrorKind.MalformedArguments));
            Assert.Equal(
                "Invalid arguments for tool \"count_tags\": \"tags[0].name\": must match the pattern ^(a+)+\\1$.",
                _tools.Fails("count_tags", """{"tags":[{"name":"hunter2"}]}""", ToolErrorKind.InvalidArguments));
        });
    }

    [Fact]
    public void Argument_exception_messages_reach_the_model_only_when_opted_in()
    {
        const string contact = """{"contact":{"name":"Ann","email":{"address":"ann"}}}""";
        Assert.Equal(
            "Invalid arguments for tool \"add_contact\": \"contact.email\": the value was rejected by Email's constructor.",
            _tools.Fails("add_contact", contact, ToolErrorKind.InvalidArguments));

        WithOptions(quote: true, showArgumentMessages: true, () =>
        {
            Assert.Equal(
                "Invalid arguments for tool \"add_contact\": \"contact.email\": An email address needs an @ (secret-token-123).",
                _tools.Fails("add_contact", contact, ToolErrorKind.InvalidArguments));
            Assert.Equal(
                "Invalid arguments for tool \"set_quota\": \"quota.max\": Max must not be negative.",
                _tools.Fails("set_quota", """{"quota":{"max":-1}}""", ToolErrorKind.InvalidArguments));
        });
    }

    private static void WithOptions(bool quote, bool showArgumentMessages, Action test)
    {
        var (oldQuote, oldShow) = (ToolErrorOptions.QuoteReceivedValues, ToolErrorOptions.ShowArgumentExceptionMessages);
        ToolErrorOptions.QuoteReceivedValues = quote;
        ToolErrorOptions.ShowArgumentExceptionMessages = showArgumentMessages;
        try
        {
            test();
        }
        finally
        {
            ToolErrorOptions.QuoteReceivedValues = oldQuote;
            ToolErrorOptions.ShowArgumentExceptionMessages = oldShow;
        }
    }
}
