using System.Text;
using GrandBy.Providers.Synthesis.Wave;
using GrandBy.Providers.Tests.Support;

namespace GrandBy.Providers.Tests.Synthesis;

public sealed class RiffWaveParserTests
{
    private static readonly byte[] Samples = TestWave.Samples(320);

    [Fact]
    public void Returns_the_data_chunk_after_a_plain_fmt_chunk()
    {
        var file = TestWave.Build(("fmt ", TestWave.Format()), ("data", Samples));

        Assert.Equal(Samples, RiffWaveParser.ReadMulawData(file).ToArray());
    }

    [Fact]
    public void Skips_a_LIST_chunk_between_fmt_and_data()
    {
        var list = Encoding.ASCII.GetBytes("INFOISFT\u000e\0\0\0Lavf58.76.100\0");
        var file = TestWave.Build(("fmt ", TestWave.Format(extraBytes: 2)), ("LIST", list), ("data", Samples));

        Assert.Equal(Samples, RiffWaveParser.ReadMulawData(file).ToArray());
    }

    [Fact]
    public void Skips_the_pad_byte_after_an_odd_sized_chunk()
    {
        var file = TestWave.Build(("fmt ", TestWave.Format()), ("note", [1, 2, 3]), ("data", Samples));

        Assert.Equal(Samples, RiffWaveParser.ReadMulawData(file).ToArray());
    }

    [Fact]
    public void Returns_an_odd_sized_data_chunk_without_its_pad_byte()
    {
        var odd = TestWave.Samples(161);
        var file = TestWave.Build(("fmt ", TestWave.Format()), ("data", odd));

        Assert.Equal(odd, RiffWaveParser.ReadMulawData(file).ToArray());
    }

    [Theory]
    [InlineData(1, 1, 8000u, "got format tag 1, 1 channel(s), 8000 Hz.")]
    [InlineData(7, 2, 8000u, "got format tag 7, 2 channel(s), 8000 Hz.")]
    [InlineData(7, 1, 16000u, "got format tag 7, 1 channel(s), 16000 Hz.")]
    public void Rejects_audio_that_is_not_8_kHz_mono_mulaw(ushort formatTag, ushort channels, uint sampleRate, string detail)
    {
        var file = TestWave.Build(("fmt ", TestWave.Format(formatTag, channels, sampleRate)), ("data", Samples));

        var error = Assert.Throws<InvalidDataException>(() => RiffWaveParser.ReadMulawData(file));

        Assert.Equal("Expected 8000 Hz mono mu-law (format tag 7); " + detail, error.Message);
    }

    [Fact]
    public void Rejects_a_file_cut_off_inside_the_data_chunk()
    {
        var file = TestWave.Build(("fmt ", TestWave.Format()), ("data", Samples))[..^20];

        var error = Assert.Throws<InvalidDataException>(() => RiffWaveParser.ReadMulawData(file));

        Assert.Equal("The WAVE file is truncated: the 'data' chunk declares 320 bytes but 300 remain.", error.Message);
    }

    [Fact]
    public void Rejects_a_file_cut_off_inside_a_chunk_before_data()
    {
        var file = TestWave.Build(("fmt ", TestWave.Format()), ("LIST", new byte[40]))[..^10];

        var error = Assert.Throws<InvalidDataException>(() => RiffWaveParser.ReadMulawData(file));

        Assert.Equal("The WAVE file is truncated: chunk 'LIST' declares 40 bytes but 30 remain.", error.Message);
    }

    [Fact]
    public void Rejects_raw_audio_without_a_riff_header()
    {
        var error = Assert.Throws<InvalidDataException>(() => RiffWaveParser.ReadMulawData(Samples));

        Assert.Equal("Not a RIFF/WAVE file (320 bytes; it does not start with 'RIFF....WAVE').", error.Message);
    }

    [Fact]
    public void Rejects_a_data_chunk_before_the_fmt_chunk()
    {
        var file = TestWave.Build(("data", Samples), ("fmt ", TestWave.Format()));

        var error = Assert.Throws<InvalidDataException>(() => RiffWaveParser.ReadMulawData(file));

        Assert.Equal("The WAVE 'data' chunk comes before any 'fmt ' chunk.", error.Message);
    }

    [Fact]
    public void Rejects_a_file_without_a_data_chunk()
    {
        var file = TestWave.Build(("fmt ", TestWave.Format()), ("LIST", new byte[4]));

        var error = Assert.Throws<InvalidDataException>(() => RiffWaveParser.ReadMulawData(file));

        Assert.Equal("The WAVE file has no 'data' chunk.", error.Message);
    }
}
