using System.Buffers.Binary;
using System.Text;

namespace GrandBy.SpeechEmulator.Tests.Transcription;

/// <summary>WAV files built around test audio, as a caller would upload them.</summary>
internal static class TestWave
{
    /// <summary>Format 7, 8 kHz mono mu-law, with a <c>fact</c> chunk as sox writes it.</summary>
    public static byte[] MuLaw(byte[] audio) =>
        Riff(Chunk("fmt ", Format(tag: 7, channels: 1, rate: 8000, bits: 8, extra: [0, 0])), Chunk("fact", Int32(audio.Length)), Chunk("data", audio));

    /// <summary>Format 1, 8 kHz mono 16-bit PCM: the mu-law audio decoded with the G.711 table.</summary>
    public static byte[] Pcm16(byte[] muLaw)
    {
        var data = new byte[muLaw.Length * 2];
        for (var i = 0; i < muLaw.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(2 * i), Decode(muLaw[i]));
        }

        return Riff(Chunk("fmt ", Format(tag: 1, channels: 1, rate: 8000, bits: 16, extra: [])), Chunk("data", data));
    }

    /// <summary>A WAV whose fmt says what it says, whatever the data.</summary>
    public static byte[] WithFormat(ushort tag, ushort channels, int rate, ushort bits, byte[] data) =>
        Riff(Chunk("fmt ", Format(tag, channels, rate, bits, extra: [])), Chunk("data", data));

    public static byte[] Riff(params byte[][] chunks)
    {
        var body = TestAudio.Concat([.. chunks.Prepend(Encoding.ASCII.GetBytes("WAVE"))]);
        return TestAudio.Concat(Encoding.ASCII.GetBytes("RIFF"), Int32(body.Length), body);
    }

    /// <summary>A chunk, padded to an even length as RIFF requires.</summary>
    public static byte[] Chunk(string id, byte[] body) =>
        TestAudio.Concat(Encoding.ASCII.GetBytes(id), Int32(body.Length), body, body.Length % 2 == 1 ? [0] : []);

    private static byte[] Format(ushort tag, ushort channels, int rate, ushort bits, byte[] extra)
    {
        var format = new byte[16];
        BinaryPrimitives.WriteUInt16LittleEndian(format, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(format.AsSpan(2), channels);
        BinaryPrimitives.WriteInt32LittleEndian(format.AsSpan(4), rate);
        BinaryPrimitives.WriteInt32LittleEndian(format.AsSpan(8), rate * channels * bits / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(format.AsSpan(12), (ushort)(channels * bits / 8));
        BinaryPrimitives.WriteUInt16LittleEndian(format.AsSpan(14), bits);
        return TestAudio.Concat(format, extra);
    }

    private static byte[] Int32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    private static short Decode(byte value)
    {
        var inverted = ~value & 0xFF;
        var exponent = (inverted >> 4) & 0x07;
        var magnitude = ((((inverted & 0x0F) << 3) + 0x84) << exponent) - 0x84;
        return (short)((inverted & 0x80) != 0 ? -magnitude : magnitude);
    }
}
