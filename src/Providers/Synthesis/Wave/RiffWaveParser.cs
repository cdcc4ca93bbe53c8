using System.Buffers.Binary;

namespace GrandBy.Providers.Synthesis.Wave;

/// <summary>
/// Finds the audio in a RIFF/WAVE file by walking its chunks (never assuming a 44-byte header),
/// and checks that it is 8 kHz mono mu-law (format tag 7), what the phone line plays.
/// </summary>
public static class RiffWaveParser
{
    public const ushort MulawFormatTag = 7;
    public const int PhoneSampleRate = 8000;

    private const int RiffHeaderSize = 12;
    private const int ChunkHeaderSize = 8;
    private const int MinimumFormatSize = 16;
    private const uint SizeUnknown = uint.MaxValue;

    /// <summary>Returns the payload of the <c>data</c> chunk; throws <see cref="InvalidDataException"/> for anything else.</summary>
    public static ReadOnlyMemory<byte> ReadMulawData(ReadOnlyMemory<byte> file)
    {
        var span = file.Span;
        if (span.Length < RiffHeaderSize || !span[..4].SequenceEqual("RIFF"u8) || !span[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException($"Not a RIFF/WAVE file ({span.Length} bytes; it does not start with 'RIFF....WAVE').");
        }

        var offset = RiffHeaderSize;
        var formatSeen = false;
        while (offset + ChunkHeaderSize <= span.Length)
        {
            var id = span.Slice(offset, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(span.Slice(offset + 4, 4));
            var body = offset + ChunkHeaderSize;
            var remaining = span.Length - body;

            if (id.SequenceEqual("data"u8))
            {
                if (!formatSeen)
                {
                    throw new InvalidDataException("The WAVE 'data' chunk comes before any 'fmt ' chunk.");
                }

                if (size == SizeUnknown)
                {
                    return file[body..];
                }

                if (size > remaining)
                {
                    throw new InvalidDataException($"The WAVE file is truncated: the 'data' chunk declares {size} bytes but {remaining} remain.");
                }

                return file.Slice(body, (int)size);
            }

            if (size > remaining)
            {
                throw new InvalidDataException($"The WAVE file is truncated: chunk '{ChunkName(id)}' declares {size} bytes but {remaining} remain.");
            }

            if (id.SequenceEqual("fmt "u8))
            {
                CheckFormat(span.Slice(body, (int)size));
                formatSeen = true;
            }

            offset = body + (int)size + (int)(size & 1);
        }

        throw new InvalidDataException(formatSeen
            ? "The WAVE file has no 'data' chunk."
            : "The WAVE file has no 'fmt ' chunk and no 'data' chunk.");
    }

    private static void CheckFormat(ReadOnlySpan<byte> format)
    {
        if (format.Length < MinimumFormatSize)
        {
            throw new InvalidDataException($"The WAVE 'fmt ' chunk is {format.Length} bytes; at least {MinimumFormatSize} are required.");
        }

        var formatTag = BinaryPrimitives.ReadUInt16LittleEndian(format);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(format[2..]);
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(format[4..]);
        if (formatTag != MulawFormatTag || channels != 1 || sampleRate != PhoneSampleRate)
        {
            throw new InvalidDataException(
                $"Expected 8000 Hz mono mu-law (format tag {MulawFormatTag}); got format tag {formatTag}, {channels} channel(s), {sampleRate} Hz.");
        }
    }

    private static string ChunkName(ReadOnlySpan<byte> id) => System.Text.Encoding.ASCII.GetString(id);
}
