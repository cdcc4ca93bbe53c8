namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>G.711 mu-law, only as far as the matcher needs it: how loud a byte is.</summary>
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
}
