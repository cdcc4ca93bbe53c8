using System.Text;
using GrandBy.SpeechEmulator.Transcription;

namespace GrandBy.SpeechEmulator.Tests.Transcription;

public sealed class WaveFileTests
{
    [Fact]
    public void Chunks_before_and_between_fmt_and_data_are_skipped_with_their_padding()
    {
        var audio = TestAudio.Library.Get("ko-lunch").Audio[..1001];
        var wav = TestWave.Riff(
            TestWave.Chunk("LIST", Encoding.ASCII.GetBytes("INFOISFT")),
            TestWave.Chunk("fmt ", TestWave.MuLaw([])[20..36]),
            TestWave.Chunk("odd ", [1, 2, 3]),
            TestWave.Chunk("data", audio));

        Assert.True(WaveFile.TryDecodeMuLaw(wav, out var muLaw, out var error), error);
        Assert.Equal(audio, muLaw);
    }

    [Fact]
    public void Pcm16_is_encoded_to_the_same_mu_law_bytes_it_was_decoded_from()
    {
        var audio = TestAudio.Library.Get("ko-knee").Audio;

        Assert.True(WaveFile.TryDecodeMuLaw(TestWave.Pcm16(audio), out var muLaw, out var error), error);
        Assert.Equal(audio, muLaw);
    }

    [Fact]
    public void A_data_size_left_unset_by_a_streaming_writer_takes_the_rest_of_the_file()
    {
        var wav = TestWave.MuLaw(TestAudio.Silence(800));
        wav.AsSpan(^804..^800).Fill(0xFF);

        Assert.True(WaveFile.TryDecodeMuLaw(wav, out var muLaw, out var error), error);
        Assert.Equal(800, muLaw.Length);
    }

    [Theory]
    [InlineData(7, 2, 8000, 8)]
    [InlineData(7, 1, 16_000, 8)]
    [InlineData(3, 1, 8000, 32)]
    [InlineData(1, 1, 8000, 8)]
    public void Other_formats_are_refused(ushort tag, ushort channels, int rate, ushort bits)
    {
        Assert.False(WaveFile.TryDecodeMuLaw(TestWave.WithFormat(tag, channels, rate, bits, new byte[64]), out _, out var error));
        Assert.StartsWith($"Unsupported WAV audio: format {tag}, {channels} channel(s), {rate} Hz, {bits}-bit.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wav_without_a_data_chunk_is_refused()
    {
        Assert.False(WaveFile.TryDecodeMuLaw(TestWave.Riff(TestWave.Chunk("fmt ", TestWave.MuLaw([])[20..36])), out _, out var error));
        Assert.Equal("Invalid file format: the WAV file has no data chunk.", error);
    }
}
