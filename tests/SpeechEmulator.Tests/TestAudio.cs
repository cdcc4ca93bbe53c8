using GrandBy.Clips;
using GrandBy.SpeechEmulator.Recognition;

namespace GrandBy.SpeechEmulator.Tests;

/// <summary>The shipped clip library and audio made up around it.</summary>
internal static class TestAudio
{
    private static readonly Lazy<ClipLibrary> LazyLibrary = new(() => ClipLibrary.Load(ClipLibrary.DefaultDirectory));

    public static ClipLibrary Library => LazyLibrary.Value;

    public static byte[] Silence(int bytes) => Enumerable.Repeat(MuLaw.Silence, bytes).ToArray();

    public static byte[] Noise(int bytes, int seed)
    {
        var noise = new byte[bytes];
        new Random(seed).NextBytes(noise);
        return noise;
    }

    /// <summary>A 440 Hz tone at half scale, mu-law encoded.</summary>
    public static byte[] Tone(int bytes) =>
        [.. Enumerable.Range(0, bytes).Select(i => Encode((short)(16_000 * Math.Sin(2 * Math.PI * 440 * i / 8000))))];

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    public static IEnumerable<byte[]> Batches(byte[] audio, int batchBytes) => audio.Chunk(batchBytes);

    private static byte Encode(short sample)
    {
        const int Bias = 0x84;
        var sign = sample < 0 ? 0x80 : 0;
        var magnitude = Math.Min(Math.Abs((int)sample), 32_635) + Bias;
        var exponent = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }
}
