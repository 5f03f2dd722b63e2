using System.Text;
using CsCheck;

namespace Disclosure.Domain.Tests;

/// <summary>
/// Damages valid JSON documents for mutational fuzzing: byte flips, truncation, deletions, duplications, values from a
/// list spliced in and keys renamed, one to four steps per input.
/// </summary>
internal static class JsonMutations
{
    /// <summary>Gets how many inputs a fuzz test tries: FUZZ_ITERATIONS when set (the long run), otherwise <paramref name="normal"/>.</summary>
    public static long Iterations(long normal) =>
        long.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : normal;

    /// <summary>Mutated copies of the <paramref name="seeds"/>, splicing in <paramref name="values"/> and <paramref name="keys"/> (JSON text).</summary>
    public static Gen<byte[]> Of(byte[][] seeds, string[] values, string[] keys) =>
        Gen.Int[0, seeds.Length - 1].SelectMany(seed => Gen.Int[1, 4].SelectMany(count => Mutation(seeds[seed], values, keys).Array[count].Select(steps =>
        {
            var bytes = seeds[seed];
            foreach (var step in steps)
            {
                bytes = step(bytes);
            }

            return bytes;
        })));

    private static Gen<Func<byte[], byte[]>> Mutation(byte[] seed, string[] values, string[] keys) => Gen.Frequency(
        (3, Gen.Int[0, seed.Length - 1].SelectMany(at => Gen.Byte.Select(value => (Func<byte[], byte[]>)(b => Flip(b, at, value))))),
        (2, Gen.Int[0, seed.Length].Select(at => (Func<byte[], byte[]>)(b => b[..Math.Min(at, b.Length)]))),
        (3, Gen.Int[0, seed.Length - 1].SelectMany(at => Gen.Int[1, 200].Select(length => (Func<byte[], byte[]>)(b => Delete(b, at, length))))),
        (2, Gen.Int[0, seed.Length - 1].SelectMany(at => Gen.Int[1, 400].Select(length => (Func<byte[], byte[]>)(b => Duplicate(b, at, length))))),
        (4, Gen.Int[0, seed.Length - 1].SelectMany(at => Gen.Int[0, values.Length - 1].Select(v => (Func<byte[], byte[]>)(b => ReplaceValue(b, at, values[v]))))),
        (2, Gen.Int[0, seed.Length - 1].SelectMany(at => Gen.Int[0, keys.Length - 1].Select(k => (Func<byte[], byte[]>)(b => ReplaceKey(b, at, keys[k]))))));

    private static byte[] Flip(byte[] b, int at, byte value)
    {
        if (b.Length == 0)
        {
            return b;
        }

        var copy = (byte[])b.Clone();
        copy[at % copy.Length] = value;
        return copy;
    }

    private static byte[] Delete(byte[] b, int at, int length)
    {
        if (b.Length == 0)
        {
            return b;
        }

        at %= b.Length;
        length = Math.Min(length, b.Length - at);
        return [.. b[..at], .. b[(at + length)..]];
    }

    private static byte[] Duplicate(byte[] b, int at, int length)
    {
        if (b.Length == 0)
        {
            return b;
        }

        at %= b.Length;
        length = Math.Min(length, b.Length - at);
        return [.. b[..(at + length)], .. b[at..]];
    }

    /// <summary>Replaces the JSON value that starts after the next ':' or ',' or '[' at or after <paramref name="at"/>.</summary>
    private static byte[] ReplaceValue(byte[] b, int at, string value)
    {
        if (b.Length == 0)
        {
            return b;
        }

        at %= b.Length;
        var start = b.AsSpan(at).IndexOfAny((byte)':', (byte)',', (byte)'[');
        if (start < 0)
        {
            return b;
        }

        start += at + 1;
        var end = start;
        while (end < b.Length && b[end] is (byte)' ' or (byte)'\n')
        {
            end++;
        }

        if (end < b.Length && b[end] == (byte)'"')
        {
            var close = b.AsSpan(end + 1).IndexOf((byte)'"');
            end = close < 0 ? b.Length : end + close + 2;
        }
        else
        {
            while (end < b.Length && b[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)'\n'))
            {
                end++;
            }
        }

        return [.. b[..start], .. Encoding.UTF8.GetBytes(" " + value), .. b[end..]];
    }

    /// <summary>Renames the next property key at or after <paramref name="at"/>.</summary>
    private static byte[] ReplaceKey(byte[] b, int at, string key)
    {
        if (b.Length == 0)
        {
            return b;
        }

        at %= b.Length;
        var colon = b.AsSpan(at).IndexOf("\": "u8);
        if (colon < 0)
        {
            return b;
        }

        var end = at + colon + 1;
        var start = b.AsSpan(0, end - 1).LastIndexOf((byte)'"');
        return start < 0 ? b : [.. b[..start], .. Encoding.UTF8.GetBytes(key), .. b[end..]];
    }
}
