namespace ToolGen.Analyzers.Tests;

/// <summary>TG0009: an optional parameter whose default JSON cannot hold, on the default as written.</summary>
public class DefaultValueTests
{
    private static readonly string[] s_quiet = { DiagnosticDescriptors.MissingDescriptionId, DiagnosticDescriptors.StrictRewriteId };

    [Fact]
    public Task NaN_is_reported_on_the_default_with_advice()
    {
        const string source = """
            public partial class Tools
            {
                [Tool] public double Scale(double factor = {|#0:double.NaN|}) => factor;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(
            source,
            s_quiet,
            AnalyzerVerifier.Diagnostic(DiagnosticDescriptors.DefaultNotInSchema)
                .WithArguments("double.NaN", "factor", "scale", "use a finite number, or state the default in the parameter's description"));
    }

    [Fact]
    public Task Infinities_and_unnamed_enum_values_are_reported()
    {
        const string source = """
            public enum Unit { Celsius, Fahrenheit }

            public partial class Tools
            {
                [Tool] public float A(float limit = {|TG0009:float.PositiveInfinity|}) => limit;
                [Tool] public double B(double floor = {|TG0009:double.NegativeInfinity|}) => floor;
                [Tool] public string C(Unit unit = {|TG0009:(Unit)7|}) => unit.ToString();
                [Tool] public double D(double? factor = {|TG0009:double.NaN|}) => factor ?? 0;
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Struct_defaults_are_reported_but_flags_enum_defaults_are_written_as_names()
    {
        const string source = """
            [Flags] public enum Amenities { None = 0, Wifi = 1, Meals = 2 }

            public partial class Tools
            {
                [Tool] public string A(Guid id = {|TG0009:default|}) => "";
                [Tool] public string B(DateTime since = {|TG0009:default|}) => "";
                [Tool] public string C(Amenities wanted = Amenities.Wifi | Amenities.Meals) => "";
                [Tool] public string D(Amenities wanted = {|TG0009:(Amenities)8|}) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }

    [Fact]
    public Task Defaults_that_JSON_holds_are_silent()
    {
        const string source = """
            public enum Unit { Celsius, Fahrenheit }

            public partial class Tools
            {
                [Tool]
                public string A(
                    int count = 3,
                    double ratio = -1.5,
                    float f = 2.5f,
                    decimal money = 1.25m,
                    bool enabled = true,
                    string label = "a \"quoted\" label",
                    char separator = ',',
                    Unit unit = Unit.Fahrenheit,
                    Unit zero = default,
                    long big = long.MaxValue,
                    int? maybe = null,
                    int? five = 5,
                    string? text = null,
                    int[]? numbers = null,
                    List<string>? names = null,
                    CancellationToken ct = default) => "";
            }
            """;
        return AnalyzerVerifier.VerifyAsync(source, s_quiet);
    }
}
