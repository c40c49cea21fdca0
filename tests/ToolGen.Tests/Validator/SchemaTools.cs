using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using ToolGen;
using ToolGen.Tests.Differential;

namespace ToolGen.Tests.Validator;

/// <summary>A record whose properties carry validation attributes, nested in a list and a map.</summary>
public sealed record Profile(
    [property: StringLength(8, MinimumLength = 2)] string Handle,
    [property: Range(0, 150)] int Age,
    [property: EmailAddress] string? Email = null,
    [property: Length(1, 3)] List<string>? Tags = null);

/// <summary>A class with a [Required] nullable property, an [AllowedValues] property and a nested record.</summary>
public sealed class Signup
{
    [Required]
    public string? Login { get; set; }

    [AllowedValues("free", "pro")]
    public string Plan { get; set; } = "free";

    public Profile? Profile { get; set; }

    [MaxLength(2)]
    public Dictionary<string, Profile> Friends { get; set; } = new();
}

/// <summary>
/// The second half of the schema-agreement corpus (the first is <see cref="DifferentialTools"/>): one tool per
/// validation attribute, and echo tools that return what they were given, so that every type is also written as a
/// result and checked against its return schema.
/// </summary>
public partial class SchemaTools
{
    // ---- every validation attribute, on parameters
    [Tool("v_range_int")] public int VRangeInt([Range(1, 10)] int value) => value;
    [Tool("v_range_double")] public double VRangeDouble([Range(0.5, 2.5)] double value) => value;
    [Tool("v_range_float")] public float VRangeFloat([Range(-1.5, 1.5)] float value) => value;
    [Tool("v_range_decimal")] public decimal VRangeDecimal([Range(0.1, 9.9)] decimal value) => value;
    [Tool("v_range_exclusive")] public double VRangeExclusive([Range(0, 1, MinimumIsExclusive = true, MaximumIsExclusive = true)] double value) => value;
    [Tool("v_range_long")] public long VRangeLong([Range(-5, 5)] long value) => value;
    [Tool("v_range_nullable")] public int? VRangeNullable([Range(1, 3)] int? value = null) => value;
    [Tool("v_string_length")] public string VStringLength([StringLength(5, MinimumLength = 2)] string value) => value;
    [Tool("v_min_length")] public string VMinLength([MinLength(3)] string value) => value;
    [Tool("v_max_length")] public string VMaxLength([MaxLength(4)] string value) => value;
    [Tool("v_length")] public string VLength([Length(2, 4)] string value) => value;
    [Tool("v_list_length")] public List<int> VListLength([MinLength(2), MaxLength(3)] List<int> value) => value;
    [Tool("v_array_length")] public string[] VArrayLength([Length(1, 2)] string[] value) => value;
    [Tool("v_regex")] public string VRegex([RegularExpression("[a-z]+-[0-9]+")] string value) => value;
    [Tool("v_regex_anchored")] public string VRegexAnchored([RegularExpression("^[A-Z]{3}$")] string value) => value;
    [Tool("v_email")] public string VEmail([EmailAddress] string value) => value;
    [Tool("v_url")] public string VUrl([Url] string value) => value;
    [Tool("v_allowed")] public string VAllowed([AllowedValues("alpha", "beta")] string value) => value;
    [Tool("v_allowed_int")] public int VAllowedInt([AllowedValues(1, 2, 3)] int value) => value;
    [Tool("v_denied")] public string VDenied([DeniedValues("admin", "root")] string value) => value;
    [Tool("v_required")] public string VRequired([Required] string? value) => value ?? "null";
    [Tool("v_profile")] public Profile VProfile(Profile value) => value;
    [Tool("v_signup")] public Signup VSignup(Signup value) => value;
    [Tool("v_many")]
    public string VMany(
        [Range(1, 5)] int stars,
        [StringLength(10)] string title,
        [AllowedValues("a", "b")] string? kind = null,
        [MaxLength(2)] string[]? notes = null,
        Color color = Color.Blue) => title;

    // ---- echo tools: the result is the value read, written back
    [Tool("e_string")] public string EString(string value) => value;
    [Tool("e_char")] public char EChar(char value) => value;
    [Tool("e_bool")] public bool EBool(bool value) => value;
    [Tool("e_sbyte")] public sbyte ESByte(sbyte value) => value;
    [Tool("e_byte")] public byte EByte(byte value) => value;
    [Tool("e_short")] public short EShort(short value) => value;
    [Tool("e_ushort")] public ushort EUShort(ushort value) => value;
    [Tool("e_int")] public int EInt(int value) => value;
    [Tool("e_uint")] public uint EUInt(uint value) => value;
    [Tool("e_long")] public long ELong(long value) => value;
    [Tool("e_ulong")] public ulong EULong(ulong value) => value;
    [Tool("e_float")] public float EFloat(float value) => value;
    [Tool("e_double")] public double EDouble(double value) => value;
    [Tool("e_decimal")] public decimal EDecimal(decimal value) => value;
    [Tool("e_color")] public Color EColor(Color value) => value;
    [Tool("e_perm")] public Perm EPerm(Perm value) => value;
    [Tool("e_guid")] public Guid EGuid(Guid value) => value;
    [Tool("e_uri")] public Uri EUri(Uri value) => value;
    [Tool("e_datetime")] public DateTime EDateTime(DateTime value) => value;
    [Tool("e_datetimeoffset")] public DateTimeOffset EDateTimeOffset(DateTimeOffset value) => value;
    [Tool("e_dateonly")] public DateOnly EDateOnly(DateOnly value) => value;
    [Tool("e_timeonly")] public TimeOnly ETimeOnly(TimeOnly value) => value;
    [Tool("e_timespan")] public TimeSpan ETimeSpan(TimeSpan value) => value;
    [Tool("e_nullable_int")] public int? ENullableInt(int? value) => value;
    [Tool("e_nullable_color")] public Color? ENullableColor(Color? value) => value;
    [Tool("e_nullable_datetime")] public DateTime? ENullableDateTime(DateTime? value) => value;
    [Tool("e_string_array")] public string[] EStringArray(string[] value) => value;
    [Tool("e_nullable_array")] public string[]? ENullableArray(string[]? value) => value;
    [Tool("e_int_list")] public List<int> EIntList(List<int> value) => value;
    [Tool("e_nullable_int_list")] public List<int?> ENullableIntList(List<int?> value) => value;
    [Tool("e_color_set")] public HashSet<Color> EColorSet(HashSet<Color> value) => value;
    [Tool("e_string_set")] public HashSet<string> EStringSet(HashSet<string> value) => value;
    [Tool("e_immutable")] public ImmutableArray<double> EImmutable(ImmutableArray<double> value) => value;
    [Tool("e_nested")] public List<List<int>> ENested(List<List<int>> value) => value;
    [Tool("e_string_map")] public Dictionary<string, int> EStringMap(Dictionary<string, int> value) => value;
    [Tool("e_color_map")] public Dictionary<Color, string> EColorMap(Dictionary<Color, string> value) => value;
    [Tool("e_perm_list")] public List<Perm> EPermList(List<Perm> value) => value;
    [Tool("e_settings")] public Settings ESettings(Settings value) => value;
    [Tool("e_point")] public Point EPoint(Point value) => value;
    [Tool("e_span")] public Span2 ESpan(Span2 value) => value;
    [Tool("e_order")] public Order EOrder(Order value) => value;
    [Tool("e_tree")] public TreeNode ETree(TreeNode value) => value;
    [Tool("e_json")] public JsonElement EJson(JsonElement value) => value;
    [Tool("e_node")] public JsonNode? ENode(JsonNode? value) => value;
    [Tool("e_object")] public JsonObject EObject(JsonObject value) => value;
    [Tool("e_array")] public JsonArray EArray(JsonArray value) => value;
}
