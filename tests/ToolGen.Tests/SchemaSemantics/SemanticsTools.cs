using System;
using System.Collections.Generic;
using System.Globalization;

namespace ToolGen.Tests.SchemaSemantics;

public enum Shade
{
    Light = 1,
    Dark = 2,
}

[Flags]
public enum Access
{
    None = 0,
    Read = 1,
    Write = 2,
}

public sealed class Reading
{
    public double Value { get; set; }

    public Shade Shade { get; set; }
}

/// <summary>Tools for docs/schema-semantics.md: each parameter or result is one row of the table.</summary>
public partial class SemanticsTools
{
    [Tool]
    public string Integers(sbyte a = 0, byte b = 0, short c = 0, ushort d = 0, int e = 0, uint f = 0, long g = 0, ulong h = 0, nint i = 0) =>
        string.Join("|", a, b, c, d, e, f, g, h, i);

    [Tool]
    public string Reals(float f = 0, double d = 0, decimal m = 0) =>
        string.Join("|", f.ToString("R", CultureInfo.InvariantCulture), d.ToString("R", CultureInfo.InvariantCulture), m.ToString(CultureInfo.InvariantCulture));

    [Tool]
    public string Time(TimeOnly value) => value.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    [Tool]
    public string Stamp(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    [Tool]
    public string Local(DateTime value) => value.Kind == DateTimeKind.Local
        ? value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) + " (local)"
        : value.ToString("O", CultureInfo.InvariantCulture) + " " + value.Kind;

    [Tool]
    public string Link(Uri value) => value.AbsoluteUri;

    [Tool]
    public string Tags(HashSet<string> tags, List<string>? notes = null) => string.Join(",", tags) + "|" + (notes is null ? "null" : string.Join(",", notes));

    [Tool]
    public string Options(string name, int? count = null, int limit = 5) => name + "|" + (count?.ToString(CultureInfo.InvariantCulture) ?? "null") + "|" + limit.ToString(CultureInfo.InvariantCulture);

    [Tool]
    public Shade ShadeOf(int value) => (Shade)value;

    [Tool]
    public Access AccessOf(int value) => (Access)value;

    [Tool]
    public Dictionary<Shade, int> ShadeCounts(int value) => new() { [(Shade)value] = 1 };

    [Tool]
    public double Ratio(double value) => value == 0 ? double.NaN : value < 0 ? double.NegativeInfinity : value;

    [Tool]
    public float Half(float value) => value == 0 ? float.NaN : value / 2;

    [Tool]
    public Reading Measure(double value) => new() { Value = value == 0 ? double.PositiveInfinity : value, Shade = Shade.Dark };

    [Tool]
    public byte[] Bytes(byte[] data) => data;
}
