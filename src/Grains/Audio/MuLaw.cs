namespace GrandBy.Grains.Audio;

/// <summary>G.711 mu-law, the phone line's 8-bit encoding of 14-bit linear samples.</summary>
public static class MuLaw
{
    private const int Bias = 0x84;
    private const int Clip = 32635;

    /// <summary>The byte of digital silence (linear 0).</summary>
    public const byte Silence = 0xFF;

    private static readonly short[] DecodeTable = BuildDecodeTable();

    public static short Decode(byte mulaw) => DecodeTable[mulaw];

    public static byte Encode(short sample)
    {
        var sign = (sample >> 8) & 0x80;
        var magnitude = Math.Min(sign != 0 ? -sample : sample, Clip) + Bias;
        var exponent = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    /// <summary>Mean absolute linear amplitude of a frame: a cheap loudness measure for silence detection.</summary>
    public static double MeanAmplitude(ReadOnlySpan<byte> mulaw)
    {
        if (mulaw.IsEmpty)
        {
            return 0;
        }

        long sum = 0;
        foreach (var b in mulaw)
        {
            sum += Math.Abs((int)DecodeTable[b]);
        }

        return (double)sum / mulaw.Length;
    }

    private static short[] BuildDecodeTable()
    {
        var table = new short[256];
        for (var i = 0; i < 256; i++)
        {
            var value = ~i & 0xFF;
            var exponent = (value >> 4) & 0x07;
            var mantissa = value & 0x0F;
            var magnitude = (((mantissa << 3) + Bias) << exponent) - Bias;
            table[i] = (short)((value & 0x80) != 0 ? -magnitude : magnitude);
        }

        return table;
    }
}
