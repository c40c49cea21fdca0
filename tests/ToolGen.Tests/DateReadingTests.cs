using System.Globalization;
using System.Text;
using System.Text.Json;
using ToolGen.Generated;

namespace ToolGen.Tests;

/// <summary>
/// <see cref="JsonArgs.TryReadDateOnly"/> reads the common form straight from the bytes; whatever it is given, its answer
/// must be <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>'s.
/// </summary>
public class DateReadingTests
{
    [Theory]
    [InlineData("2025-06-14")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-02-29")]
    [InlineData("2025-02-29")]
    [InlineData("2025-04-31")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-01-00")]
    [InlineData("2025-1-01")]
    [InlineData("2025/01/01")]
    [InlineData("2025-01-0a")]
    [InlineData("a025-01-01")]
    [InlineData("2025-01-01 ")]
    [InlineData(" 2025-01-01")]
    [InlineData("20250-01-01")]
    [InlineData("2025-06-14T00:00")]
    [InlineData("")]
    [InlineData("٢٠٢٥-٠٦-١٤")]
    [InlineData("2025\\u002D06-14")]
    [InlineData("\\u0032025-06-14")]
    public void Agrees_with_TryParseExact(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"" + json + "\""));
        reader.Read();
        var read = JsonArgs.TryReadDateOnly(ref reader, out var value);
        var text = JsonSerializer.Deserialize<string>("\"" + json + "\"")!;
        var parsed = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
        Assert.Equal(parsed, read);
        Assert.Equal(expected, value);
    }
}
