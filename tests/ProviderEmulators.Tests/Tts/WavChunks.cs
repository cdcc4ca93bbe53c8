using System.Buffers.Binary;
using System.Text;

namespace GrandBy.ProviderEmulators.Tests.Tts;

/// <summary>Walks a RIFF/WAVE file chunk by chunk, as a correct client must (no fixed 44-byte header).</summary>
internal sealed record WavChunks(IReadOnlyList<string> ChunkIds, ushort FormatTag, ushort Channels, int SampleRate, ushort BitsPerSample, byte[] Data, int DataOffset)
{
    public static WavChunks Parse(byte[] file)
    {
        Assert.Equal("RIFF", Encoding.ASCII.GetString(file, 0, 4));
        Assert.Equal(file.Length - 8, BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(4)));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(file, 8, 4));
        var ids = new List<string>();
        ushort format = 0, channels = 0, bits = 0;
        var rate = 0;
        for (var position = 12; position + 8 <= file.Length;)
        {
            var id = Encoding.ASCII.GetString(file, position, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(position + 4));
            var body = file.AsSpan(position + 8, size);
            ids.Add(id);
            if (id == "fmt ")
            {
                format = BinaryPrimitives.ReadUInt16LittleEndian(body);
                channels = BinaryPrimitives.ReadUInt16LittleEndian(body[2..]);
                rate = BinaryPrimitives.ReadInt32LittleEndian(body[4..]);
                bits = BinaryPrimitives.ReadUInt16LittleEndian(body[14..]);
            }
            else if (id == "data")
            {
                return new WavChunks(ids, format, channels, rate, bits, body.ToArray(), position + 8);
            }

            position += 8 + size + (size & 1);
        }

        throw new InvalidDataException("No data chunk.");
    }
}
