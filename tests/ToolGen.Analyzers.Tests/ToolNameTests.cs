namespace ToolGen.Analyzers.Tests;

/// <summary>TG0006: a name every provider accepts, <c>^[a-zA-Z0-9_-]{1,64}$</c>; on the name argument, or the method name it came from.</summary>
public class ToolNameTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId };

    [Fact]
    public Task An_explicit_name_with_a_space_is_reported_on_the_argument_with_a_suggestion()
    {
        const string source = """
            public partial class Tools
            {
                [Tool({|#0:"get weather"|}, Description = "Weather")] public string GetWeather(string city) => city;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.InvalidToolName).WithArguments("get weather", "GetWeather", "get_weather"));
    }

    [Fact]
    public Task Empty_too_long_and_dotted_names_are_reported()
    {
        const string source = """
            public partial class Tools
            {
                [Tool({|TG0006:""|})] public string A() => "";
                [Tool({|TG0006:"a1234567890123456789012345678901234567890123456789012345678901234"|})] public string B() => "";
                [Tool({|TG0006:"weather.get"|})] public string C() => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task A_derived_name_that_is_invalid_is_reported_on_the_method_name()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public string {|#0:Météo|}(string city) => city;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.InvalidToolName).WithArguments("météo", "Météo", "meteo"));
    }

    [Fact]
    public Task Valid_names_are_silent()
    {
        const string source = """
            public partial class Tools
            {
                [Tool("get-weather_v2")] public string A() => "";
                [Tool("a123456789012345678901234567890123456789012345678901234567890123")] public string B() => "";
                [Tool(null)] public string FromMethodName() => "";
                [Tool] public string GetHTTPStatus() => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
