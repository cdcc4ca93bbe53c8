using GrandBy.Providers.Synthesis.Wave;
using GrandBy.Providers.Tests.Support;
using GrandBy.Providers.Transcription.Wave;

namespace GrandBy.Providers.Tests.Transcription;

public sealed class MulawWaveWriterTests
{
    [Fact]
    public void Writes_a_58_byte_mulaw_header_with_fmt_and_fact_before_the_audio()
    {
        byte[] audio = [0xFF, 0x7F, 0x00, 0x80];

        var file = MulawWaveWriter.Write(audio);

        byte[] expected =
        [
            .. "RIFF"u8, 0x36, 0x00, 0x00, 0x00, .. "WAVE"u8,
            .. "fmt "u8, 0x12, 0x00, 0x00, 0x00,
            0x07, 0x00, // format tag 7: mu-law
            0x01, 0x00, // mono
            0x40, 0x1F, 0x00, 0x00, // 8000 Hz
            0x40, 0x1F, 0x00, 0x00, // 8000 bytes per second
            0x01, 0x00, // block align
            0x08, 0x00, // 8 bits per sample
            0x00, 0x00, // no format extension
            .. "fact"u8, 0x04, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00,
            .. "data"u8, 0x04, 0x00, 0x00, 0x00,
            0xFF, 0x7F, 0x00, 0x80,
        ];
        Assert.Equal(expected, file);
        Assert.Equal(MulawWaveWriter.HeaderSize, file.Length - audio.Length);
    }

    [Fact]
    public void Round_trips_through_the_riff_parser()
    {
        var audio = TestWave.Samples(8_000);

        var file = MulawWaveWriter.Write(audio);

        Assert.Equal(audio, RiffWaveParser.ReadMulawData(file).ToArray());
    }

    [Fact]
    public void Pads_an_odd_length_data_chunk_and_counts_the_pad_in_the_riff_size()
    {
        var audio = TestWave.Samples(3);

        var file = MulawWaveWriter.Write(audio);

        Assert.Equal(MulawWaveWriter.HeaderSize + 4, file.Length);
        Assert.Equal((uint)(file.Length - 8), BitConverter.ToUInt32(file, 4));
        Assert.Equal(3u, BitConverter.ToUInt32(file, 54));
        Assert.Equal(0, file[^1]);
        Assert.Equal(audio, RiffWaveParser.ReadMulawData(file).ToArray());
    }
}
