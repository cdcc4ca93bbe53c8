using GrandBy.Providers.Speech.Google;

namespace GrandBy.Providers.Tests.Speech;

public sealed class AudioChunkerTests
{
    [Fact]
    public void Splits_60000_bytes_into_two_full_requests_and_the_rest()
    {
        var audio = Enumerable.Range(0, 60_000).Select(i => (byte)i).ToArray();

        var chunks = AudioChunker.Split(audio).ToList();

        Assert.Equal([25_600, 25_600, 8_800], chunks.Select(chunk => chunk.Length));
        Assert.Equal(audio, chunks.SelectMany(chunk => chunk.ToArray()));
    }

    [Fact]
    public void Keeps_exactly_25600_bytes_in_one_request()
    {
        Assert.Equal([25_600], AudioChunker.Split(new byte[25_600]).Select(chunk => chunk.Length));
    }

    [Fact]
    public void Splits_25601_bytes_into_a_full_request_and_one_byte()
    {
        Assert.Equal([25_600, 1], AudioChunker.Split(new byte[25_601]).Select(chunk => chunk.Length));
    }

    [Fact]
    public void Yields_nothing_for_empty_audio()
    {
        Assert.Empty(AudioChunker.Split(ReadOnlyMemory<byte>.Empty));
    }
}
