using GrandBy.SpeechEmulator.Recognition;

namespace GrandBy.SpeechEmulator.Tests.Recognition;

public sealed class ClipTranscriptTests
{
    private static readonly GrandBy.Clips.Clip Fine = TestAudio.Library.Get("ko-fine");

    [Fact]
    public void The_whole_clip_without_punctuation_is_its_text_stripped_of_sentence_marks()
    {
        Assert.Equal("네 잘 지냈어요 오늘은 산책을 했어요", ClipTranscript.Heard(Whole(), automaticPunctuation: false));
    }

    [Fact]
    public void The_whole_clip_with_punctuation_is_its_text()
    {
        Assert.Equal("네, 잘 지냈어요. 오늘은 산책을 했어요.", ClipTranscript.Heard(Whole(), automaticPunctuation: true));
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(5_046, "")]
    [InlineData(5_047, "네")]
    [InlineData(15_140, "네 잘 지냈어요")]
    [InlineData(30_279, "네 잘 지냈어요 오늘은 산책을")]
    public void Words_are_revealed_in_proportion_to_the_bytes_heard(int clipEnd, string expected)
    {
        Assert.Equal(30_280, Fine.Audio.Length);
        Assert.Equal(expected, ClipTranscript.Heard(new ClipMatch(Fine, 0, clipEnd, 0, clipEnd), automaticPunctuation: false));
    }

    [Fact]
    public void Stability_rises_from_a_tenth_to_nine_tenths()
    {
        Assert.Equal(0.1f, ClipTranscript.Stability(new ClipMatch(Fine, 0, 0, 0, 0)));
        Assert.Equal(0.5f, ClipTranscript.Stability(new ClipMatch(Fine, 0, 15_140, 0, 15_140)));
        Assert.Equal(0.9f, ClipTranscript.Stability(Whole()));
    }

    private static ClipMatch Whole() => new(Fine, 0, Fine.Audio.Length, 0, Fine.Audio.Length);
}
