using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ToolGen.Hosting;

/// <summary>
/// The parameter names one tool declares, each with its <c>"name":</c> in UTF-8, encoded once when the tool is
/// adapted so that <see cref="RawArgumentBuffer"/> copies bytes instead of encoding (and escaping) every call.
/// </summary>
internal sealed class EncodedNames
{
    private readonly string[] _names;
    private readonly byte[][] _encoded;

    private EncodedNames(string[] names, byte[][] encoded)
    {
        _names = names;
        _encoded = encoded;
    }

    /// <summary>The names of the <c>properties</c> of a parameters schema.</summary>
    public static EncodedNames FromSchema(JsonElement parametersSchema)
    {
        var names = new List<string>();
        var encoded = new List<byte[]>();
        if (parametersSchema.ValueKind == JsonValueKind.Object &&
            parametersSchema.TryGetProperty("properties", out var properties) &&
            properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                names.Add(property.Name);
                // JsonEncodedText escapes what JSON requires and nothing a reader would have to undo for plain names.
                var quoted = JsonEncodedText.Encode(property.Name).EncodedUtf8Bytes;
                var bytes = new byte[quoted.Length + 3];
                bytes[0] = (byte)'"';
                quoted.CopyTo(bytes.AsSpan(1));
                bytes[bytes.Length - 2] = (byte)'"';
                bytes[bytes.Length - 1] = (byte)':';
                encoded.Add(bytes);
            }
        }

        return new EncodedNames(names.ToArray(), encoded.ToArray());
    }

    /// <summary>The encoded <c>"name":</c> of a declared parameter, or <see langword="null"/>.</summary>
    public byte[]? Find(string name)
    {
        // Tools have few parameters: a scan that usually hits on reference equality (the host's key is often the
        // string the schema was parsed into) beats hashing.
        var names = _names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], name) || string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return _encoded[i];
            }
        }

        return null;
    }
}
