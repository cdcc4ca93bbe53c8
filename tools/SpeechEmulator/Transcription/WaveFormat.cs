using System.Buffers.Binary;

namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>The fields of a WAV <c>fmt </c> chunk the emulator checks.</summary>
internal readonly record struct WaveFormat(ushort Tag, ushort SubFormatTag, int Channels, int SampleRateHertz, int BitsPerSample)
{
    /// <summary>WAVE_FORMAT_EXTENSIBLE carries the real format in the first two bytes of its sub-format GUID.</summary>
    private const int SubFormatOffset = 24;

    public static bool TryRead(ReadOnlySpan<byte> chunk, out WaveFormat format)
    {
        if (chunk.Length < 16)
        {
            format = default;
            return false;
        }

        var subFormat = chunk.Length >= SubFormatOffset + 2 ? BinaryPrimitives.ReadUInt16LittleEndian(chunk[SubFormatOffset..]) : (ushort)0;
        format = new WaveFormat(
            BinaryPrimitives.ReadUInt16LittleEndian(chunk),
            subFormat,
            BinaryPrimitives.ReadUInt16LittleEndian(chunk[2..]),
            BinaryPrimitives.ReadInt32LittleEndian(chunk[4..]),
            BinaryPrimitives.ReadUInt16LittleEndian(chunk[14..]));
        return true;
    }
}
