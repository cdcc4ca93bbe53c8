using System.Buffers.Binary;

namespace GrandBy.Providers.Transcription.Wave;

/// <summary>
/// Wraps raw 8 kHz mono mu-law in a RIFF/WAVE file: <c>fmt </c> (format tag 7, 18 bytes with an empty
/// extension, as non-PCM formats require), <c>fact</c> (sample count), then <c>data</c>.
/// </summary>
public static class MulawWaveWriter
{
    public const ushort MulawFormatTag = 7;
    public const int SampleRate = 8000;

    /// <summary>Bytes before the audio: RIFF header 12, <c>fmt </c> 8 + 18, <c>fact</c> 8 + 4, <c>data</c> header 8.</summary>
    public const int HeaderSize = 58;

    private const int FormatSize = 18;
    private const int FactSize = 4;
    private const ushort Channels = 1;
    private const ushort BitsPerSample = 8;

    /// <summary>Returns the complete file; an odd-length payload gets the pad byte RIFF requires after the <c>data</c> chunk.</summary>
    public static byte[] Write(ReadOnlySpan<byte> mulaw)
    {
        var pad = mulaw.Length & 1;
        var file = new byte[HeaderSize + mulaw.Length + pad];
        var span = file.AsSpan();

        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(file.Length - 8));
        "WAVE"u8.CopyTo(span[8..]);

        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], FormatSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], MulawFormatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], SampleRate * Channels * BitsPerSample / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], Channels * BitsPerSample / 8);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], BitsPerSample);
        BinaryPrimitives.WriteUInt16LittleEndian(span[36..], 0);

        "fact"u8.CopyTo(span[38..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[42..], FactSize);
        BinaryPrimitives.WriteUInt32LittleEndian(span[46..], (uint)mulaw.Length);

        "data"u8.CopyTo(span[50..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[54..], (uint)mulaw.Length);
        mulaw.CopyTo(span[HeaderSize..]);
        return file;
    }
}
