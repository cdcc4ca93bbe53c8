using System.Buffers.Binary;
using System.Text;

namespace GrandBy.TtsEmulator.Audio;

/// <summary>
/// Wraps mono 8 kHz audio in a RIFF/WAVE container the way Google's Text-to-Speech does: the
/// <c>data</c> chunk is preceded by extra chunks, so a client that skips a fixed 44 bytes reads garbage.
/// </summary>
internal static class WavFile
{
    private const ushort PcmFormat = 1;
    private const ushort MuLawFormat = 7;
    private static readonly byte[] SoftwareName = Encoding.ASCII.GetBytes("GrandBy TTS emulator\0");

    public static byte[] MuLaw(ReadOnlySpan<byte> samples, int sampleRate) =>
        Build(MuLawFormat, bitsPerSample: 8, sampleRate, samples, sampleCount: samples.Length);

    public static byte[] Linear16(ReadOnlySpan<byte> littleEndianSamples, int sampleRate) =>
        Build(PcmFormat, bitsPerSample: 16, sampleRate, littleEndianSamples, sampleCount: littleEndianSamples.Length / 2);

    private static byte[] Build(ushort format, ushort bitsPerSample, int sampleRate, ReadOnlySpan<byte> data, int sampleCount)
    {
        var isPcm = format == PcmFormat;
        var fmtSize = isPcm ? 16 : 18;
        var listSize = 4 + 8 + Padded(SoftwareName.Length);
        var factSize = isPcm ? 0 : 8 + 4;
        var riffSize = 4 + (8 + fmtSize) + factSize + (8 + listSize) + (8 + Padded(data.Length));
        var output = new byte[8 + riffSize];
        var writer = new ChunkWriter(output);

        writer.Tag("RIFF");
        writer.UInt32((uint)riffSize);
        writer.Tag("WAVE");

        writer.Tag("fmt ");
        writer.UInt32((uint)fmtSize);
        writer.UInt16(format);
        writer.UInt16(1);
        writer.UInt32((uint)sampleRate);
        var blockAlign = (ushort)(bitsPerSample / 8);
        writer.UInt32((uint)(sampleRate * blockAlign));
        writer.UInt16(blockAlign);
        writer.UInt16(bitsPerSample);
        if (!isPcm)
        {
            writer.UInt16(0);
            writer.Tag("fact");
            writer.UInt32(4);
            writer.UInt32((uint)sampleCount);
        }

        writer.Tag("LIST");
        writer.UInt32((uint)listSize);
        writer.Tag("INFO");
        writer.Tag("ISFT");
        writer.UInt32((uint)SoftwareName.Length);
        writer.Bytes(SoftwareName);

        writer.Tag("data");
        writer.UInt32((uint)data.Length);
        writer.Bytes(data);
        return output;
    }

    private static int Padded(int length) => length + (length & 1);

    private ref struct ChunkWriter(Span<byte> output)
    {
        private readonly Span<byte> _output = output;
        private int _position;

        public void Tag(string tag) => _position += Encoding.ASCII.GetBytes(tag, _output[_position..]);

        public void UInt16(ushort value)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(_output[_position..], value);
            _position += 2;
        }

        public void UInt32(uint value)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(_output[_position..], value);
            _position += 4;
        }

        public void Bytes(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_output[_position..]);
            _position += Padded(bytes.Length);
        }
    }
}
