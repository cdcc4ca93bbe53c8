using GrandBy.Grains.Audio;

namespace GrandBy.Tests.Audio;

public class MuLawTests
{
    [Theory]
    [InlineData(0xFF, 0)]
    [InlineData(0x7F, 0)]
    [InlineData(0x00, -32124)]
    [InlineData(0x80, 32124)]
    [InlineData(0xFE, 8)]
    [InlineData(0x7E, -8)]
    [InlineData(0xF0, 120)]
    [InlineData(0xEF, 132)]
    [InlineData(0x8F, 16764)]
    public void Decode_gives_the_standard_g711_values(int mulaw, int linear)
    {
        Assert.Equal(linear, MuLaw.Decode((byte)mulaw));
    }

    [Fact]
    public void Silence_is_the_byte_that_decodes_to_zero()
    {
        Assert.Equal(0xFF, MuLaw.Silence);
        Assert.Equal(0, MuLaw.Decode(MuLaw.Silence));
    }

    [Fact]
    public void Encode_of_zero_is_silence()
    {
        Assert.Equal(0xFF, MuLaw.Encode(0));
    }

    [Fact]
    public void Decode_is_symmetric_around_zero()
    {
        for (var b = 0; b < 128; b++)
        {
            Assert.Equal(-MuLaw.Decode((byte)(b | 0x80)), MuLaw.Decode((byte)b));
        }
    }

    [Fact]
    public void Encode_after_decode_gives_back_every_byte_except_negative_zero()
    {
        for (var b = 0; b < 256; b++)
        {
            var expected = b == 0x7F ? 0xFF : b;
            Assert.Equal((byte)expected, MuLaw.Encode(MuLaw.Decode((byte)b)));
        }
    }

    [Fact]
    public void Decoded_magnitudes_grow_monotonically_with_the_code()
    {
        for (var b = 0xFF; b > 0x80; b--)
        {
            Assert.True(MuLaw.Decode((byte)(b - 1)) > MuLaw.Decode((byte)b), $"0x{b - 1:X2} should be louder than 0x{b:X2}");
        }
    }

    [Theory]
    [InlineData(short.MaxValue, 0x80)]
    [InlineData(short.MinValue, 0x00)]
    [InlineData(32124, 0x80)]
    [InlineData(-32124, 0x00)]
    [InlineData(1, 0xFF)]
    [InlineData(-1, 0x7F)]
    public void Encode_clips_loud_samples_and_keeps_the_sign(short linear, int mulaw)
    {
        Assert.Equal((byte)mulaw, MuLaw.Encode(linear));
    }

    [Fact]
    public void Encoding_is_monotonic_over_the_whole_linear_range()
    {
        var previous = MuLaw.Decode(MuLaw.Encode(short.MinValue));
        for (int sample = short.MinValue + 1; sample <= short.MaxValue; sample++)
        {
            var decoded = MuLaw.Decode(MuLaw.Encode((short)sample));
            Assert.True(decoded >= previous, $"sample {sample}");
            previous = decoded;
        }
    }

    [Fact]
    public void Mean_amplitude_of_nothing_is_zero()
    {
        Assert.Equal(0, MuLaw.MeanAmplitude([]));
    }

    [Fact]
    public void Mean_amplitude_of_silence_is_zero()
    {
        Assert.Equal(0, MuLaw.MeanAmplitude(Enumerable.Repeat(MuLaw.Silence, 160).ToArray()));
    }

    [Fact]
    public void Mean_amplitude_averages_absolute_values()
    {
        Assert.Equal(32124, MuLaw.MeanAmplitude([0x00, 0x80]));
        Assert.Equal((8 + 8 + 0 + 120) / 4.0, MuLaw.MeanAmplitude([0xFE, 0x7E, 0xFF, 0xF0]));
    }
}
