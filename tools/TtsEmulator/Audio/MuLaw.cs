namespace GrandBy.TtsEmulator.Audio;

/// <summary>G.711 mu-law companding of 16-bit linear samples.</summary>
internal static class MuLaw
{
    private const int Bias = 0x84;
    private const int Clip = 32635;

    public static byte Encode(short sample)
    {
        var value = (int)sample;
        var sign = (value >> 8) & 0x80;
        if (sign != 0)
        {
            value = -value;
        }

        value = Math.Min(value, Clip) + Bias;
        var exponent = 7;
        for (var mask = 0x4000; (value & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (value >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }

    public static short Decode(byte encoded)
    {
        var value = ~encoded & 0xFF;
        var exponent = (value >> 4) & 0x07;
        var magnitude = ((((value & 0x0F) << 3) + Bias) << exponent) - Bias;
        return (short)((value & 0x80) != 0 ? -magnitude : magnitude);
    }
}
