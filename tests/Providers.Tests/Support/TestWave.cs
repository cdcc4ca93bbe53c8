using System.Buffers.Binary;
using System.Text;

namespace GrandBy.Providers.Tests.Support;

/// <summary>Builds RIFF/WAVE files chunk by chunk, padding odd-sized chunks as RIFF requires.</summary>
internal static class TestWave
{
    public static byte[] Format(ushort formatTag = 7, ushort channels = 1, uint sampleRate = 8000, int extraBytes = 0)
    {
        var format = new byte[16 + extraBytes];
        BinaryPrimitives.WriteUInt16LittleEndian(format, formatTag);
        BinaryPrimitives.WriteUInt16LittleEndian(format.AsSpan(2), channels);
        BinaryPrimitives.WriteUInt32LittleEndian(format.AsSpan(4), sampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(format.AsSpan(8), sampleRate * channels);
        BinaryPrimitives.WriteUInt16LittleEndian(format.AsSpan(12), channels);
        BinaryPrimitives.WriteUInt16LittleEndian(format.AsSpan(14), 8);
        return format;
    }

    public static byte[] Build(params (string Id, byte[] Body)[] chunks)
    {
        using var file = new MemoryStream();
        file.Write("RIFF"u8);
        file.Write(new byte[4]);
        file.Write("WAVE"u8);
        foreach (var (id, body) in chunks)
        {
            file.Write(Encoding.ASCII.GetBytes(id));
            var size = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(size, (uint)body.Length);
            file.Write(size);
            file.Write(body);
            if (body.Length % 2 == 1)
            {
                file.WriteByte(0);
            }
        }

        var bytes = file.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }

    public static byte[] Samples(int count) => Enumerable.Range(0, count).Select(i => (byte)(i * 7 + 1)).ToArray();
}
