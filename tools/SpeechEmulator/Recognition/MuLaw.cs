namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>G.711 mu-law, only as far as the emulator needs it: how loud a byte is, and encoding PCM uploads.</summary>
public static class MuLaw
{
    /// <summary>The byte a mu-law encoder writes for a zero sample (what Twilio sends as silence).</summary>
    public const byte Silence = 0xFF;

    /// <summary>Absolute value of the 16-bit linear sample a mu-law byte decodes to (0..32124).</summary>
    public static int Magnitude(byte value)
    {
        var inverted = ~value & 0xFF;
        var exponent = (inverted >> 4) & 0x07;
        var mantissa = inverted & 0x0F;
        return (((mantissa << 3) + 0x84) << exponent) - 0x84;
    }

    /// <summary>G.711 encoding of a 16-bit linear sample (bias 0x84, clipped at 32635), as Twilio's encoder does.</summary>
    public static byte Encode(short sample)
    {
        const int Bias = 0x84;
        const int Clip = 32_635;
        var sign = sample < 0 ? 0x80 : 0;
        var magnitude = Math.Min(Math.Abs((int)sample), Clip) + Bias;
        var exponent = 7;
        for (var mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1)
        {
            exponent--;
        }

        var mantissa = (magnitude >> (exponent + 3)) & 0x0F;
        return (byte)~(sign | (exponent << 4) | mantissa);
    }
}
