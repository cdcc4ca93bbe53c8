using GrandBy.Grains.Stt;

namespace GrandBy.Tests.Stt;

public sealed class RetainedAudioTests
{
    [Fact]
    public void Audio_is_addressed_by_call_position_after_earlier_audio_was_discarded()
    {
        var audio = new RetainedAudio();
        audio.Append([1, 2, 3, 4, 5, 6]);

        audio.DiscardBefore(4);

        Assert.Equal(4, audio.Start);
        Assert.Equal(6, audio.End);
        Assert.Equal(new byte[] { 5, 6 }, audio.From(4).ToArray());
        Assert.Equal(new byte[] { 5, 6 }, audio.From(0).ToArray());
        Assert.Equal(new byte[] { 6 }, audio.From(5).ToArray());
    }

    [Fact]
    public void A_slice_handed_out_keeps_its_bytes_while_more_audio_arrives_and_the_buffer_grows()
    {
        var audio = new RetainedAudio(start: 100);
        audio.Append(Enumerable.Range(0, 10).Select(i => (byte)i).ToArray());
        var slice = audio.From(105);

        audio.DiscardBefore(108);
        audio.Append(new byte[100_000]);

        Assert.Equal(new byte[] { 5, 6, 7, 8, 9 }, slice.ToArray());
        Assert.Equal(108, audio.Start);
        Assert.Equal(100_110, audio.End);
        Assert.Equal(new byte[] { 8, 9, 0 }, audio.Between(108, 111).ToArray());
    }

    [Fact]
    public void Discarding_past_the_end_keeps_nothing_and_the_end_stays_where_it_was()
    {
        var audio = new RetainedAudio();
        audio.Append([1, 2, 3]);

        audio.DiscardBefore(50);
        audio.AppendFill(0xFF, 2048 + 5);

        Assert.Equal(3, audio.Start);
        Assert.Equal(3 + 2053, audio.End);
        Assert.All(audio.From(0).ToArray(), b => Assert.Equal(0xFF, b));
    }
}
