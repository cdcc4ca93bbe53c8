using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using GrandBy.SpeechEmulator.Recognition;

namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>
/// Reads the audio of a RIFF/WAVE file chunk by chunk (any chunks before or between <c>fmt </c> and
/// <c>data</c> are skipped, odd sizes padded) as 8 kHz mu-law: format 7 (mu-law, 8-bit) as it is,
/// format 1 (PCM, 16-bit) through a G.711 encoder. Mono 8000 Hz only, like the streaming emulator.
/// </summary>
public static class WaveFile
{
    private const ushort PcmFormat = 1;
    private const ushort MuLawFormat = 7;
    private const ushort ExtensibleFormat = 0xFFFE;
    private const int SampleRateHertz = 8000;

    public static bool TryDecodeMuLaw(ReadOnlySpan<byte> file, [NotNullWhen(true)] out byte[]? muLaw, [NotNullWhen(false)] out string? error)
    {
        muLaw = null;
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file[8..12].SequenceEqual("WAVE"u8))
        {
            error = "Invalid file format. This emulator transcribes WAV files (RIFF/WAVE) only.";
            return false;
        }

        WaveFormat? format = null;
        long position = 12;
        while (position + 8 <= file.Length)
        {
            var header = file.Slice((int)position, 8);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            var bodyStart = (int)position + 8;

            // Streaming writers leave the data size at 0 or 0xFFFFFFFF: take what the file holds.
            var body = file.Slice(bodyStart, (int)Math.Min(size, (uint)(file.Length - bodyStart)));
            if (header[..4].SequenceEqual("fmt "u8))
            {
                if (!WaveFormat.TryRead(body, out var read))
                {
                    error = $"Invalid file format: the WAV fmt chunk is {body.Length} bytes, fewer than 16.";
                    return false;
                }

                format = read;
            }
            else if (header[..4].SequenceEqual("data"u8))
            {
                return TryConvert(format, body, out muLaw, out error);
            }

            position = bodyStart + (long)size + (size & 1);
        }

        error = "Invalid file format: the WAV file has no data chunk.";
        return false;
    }

    private static bool TryConvert(WaveFormat? format, ReadOnlySpan<byte> data, [NotNullWhen(true)] out byte[]? muLaw, [NotNullWhen(false)] out string? error)
    {
        muLaw = null;
        if (format is not { } f)
        {
            error = "Invalid file format: the WAV data chunk comes before its fmt chunk.";
            return false;
        }

        var tag = f.Tag == ExtensibleFormat ? f.SubFormatTag : f.Tag;
        var supported = f.Channels == 1 && f.SampleRateHertz == SampleRateHertz
            && ((tag == MuLawFormat && f.BitsPerSample == 8) || (tag == PcmFormat && f.BitsPerSample == 16));
        if (!supported)
        {
            error = $"Unsupported WAV audio: format {tag}, {f.Channels} channel(s), {f.SampleRateHertz} Hz, {f.BitsPerSample}-bit. "
                + "This emulator transcribes 8000 Hz mono mu-law (format 7, 8-bit) or 16-bit PCM (format 1).";
            return false;
        }

        muLaw = tag == MuLawFormat ? data.ToArray() : EncodePcm16(data);
        error = null;
        return true;
    }

    private static byte[] EncodePcm16(ReadOnlySpan<byte> data)
    {
        var encoded = new byte[data.Length / 2];
        for (var i = 0; i < encoded.Length; i++)
        {
            encoded[i] = MuLaw.Encode(BinaryPrimitives.ReadInt16LittleEndian(data.Slice(2 * i, 2)));
        }

        return encoded;
    }
}
