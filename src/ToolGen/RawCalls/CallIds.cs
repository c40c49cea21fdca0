using System;

namespace ToolGen.RawCalls;

/// <summary>
/// Ids for calls whose text has none: made from the call's position, name and arguments (FNV-1a), so that reading the
/// same text twice, whole or streamed, gives the same ids.
/// </summary>
internal static class CallIds
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static string Make(RawToolCallFormat format, int position, string name, byte[] arguments)
    {
        var a = 14695981039346656037UL;
        var b = 1099511628211UL * 31UL;
        Mix(ref a, ref b, (uint)position);
        foreach (var c in name)
        {
            Mix(ref a, ref b, c);
        }

        Mix(ref a, ref b, 0x1F);
        foreach (var x in arguments)
        {
            Mix(ref a, ref b, x);
        }

        if (format == RawToolCallFormat.Mistral)
        {
            // Mistral's chat templates require exactly 9 alphanumerics.
            return Encode(a, 9);
        }

        return "call_" + Encode(a, 8) + Encode(b, 8);
    }

    public static bool IsMistralId(string? id)
    {
        if (id is null || id.Length != 9)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    private static void Mix(ref ulong a, ref ulong b, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            var octet = (byte)(value >> (8 * i));
            a = (a ^ octet) * 1099511628211UL;
            b = (b ^ (byte)(octet + 0x5B)) * 1099511628211UL;
            b ^= b >> 29;
        }
    }

    private static string Encode(ulong value, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[(int)(value % 62)];
            value /= 62;
            if (value == 0)
            {
                value = 0x9E3779B97F4A7C15UL ^ (ulong)i;
            }
        }

        return new string(chars);
    }
}
