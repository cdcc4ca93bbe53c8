using GrandBy.SpeechEmulator.Recognition;

namespace GrandBy.SpeechEmulator.Tests.Recognition;

public sealed class ClipMatcherTests
{
    private const int EndpointBytes = 4000;
    private readonly ClipMatcher _matcher = new(TestAudio.Library.Clips);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(37, 160)]
    [InlineData(8000, 800)]
    [InlineData(8161, 7)]
    [InlineData(3, 25_600)]
    public void A_clip_is_found_at_any_alignment_and_batch_size(int leadingBytes, int batchBytes)
    {
        var clip = TestAudio.Library.Get("ko-fine");
        var audio = TestAudio.Concat(TestAudio.Silence(leadingBytes), clip.Audio, TestAudio.Silence(EndpointBytes));

        var events = Feed(audio, batchBytes);

        var expected = new ClipMatch(clip, 0, clip.Audio.Length, leadingBytes, leadingBytes + clip.Audio.Length);
        Assert.Equal(ClipMatchEventKind.Started, events[0].Kind);
        Assert.Equal(new ClipMatchEvent(ClipMatchEventKind.Ended, expected), events[^1]);
        Assert.Single(events, e => e.Kind == ClipMatchEventKind.Started);
        Assert.Single(events, e => e.Kind == ClipMatchEventKind.Ended);
    }

    [Fact]
    public void A_clip_after_random_noise_is_found_from_its_first_byte()
    {
        var clip = TestAudio.Library.Get("en-hello");
        var audio = TestAudio.Concat(TestAudio.Noise(5_003, seed: 7), clip.Audio, TestAudio.Silence(EndpointBytes));

        var ended = Assert.Single(Feed(audio, 160), e => e.Kind == ClipMatchEventKind.Ended);

        Assert.Equal(new ClipMatch(clip, 0, clip.Audio.Length, 5_003, 5_003 + clip.Audio.Length), ended.Match);
    }

    [Fact]
    public void Random_bytes_match_nothing()
    {
        Assert.Empty(Feed(TestAudio.Noise(80_000, seed: 1234), 800));
    }

    [Fact]
    public void A_sine_tone_matches_nothing()
    {
        Assert.Empty(Feed(TestAudio.Tone(80_000), 800));
    }

    [Fact]
    public void Two_clips_that_start_with_the_same_word_are_told_apart()
    {
        var fine = TestAudio.Library.Get("ko-fine");
        var medicine = TestAudio.Library.Get("ko-medicine");
        var audio = TestAudio.Concat(fine.Audio, TestAudio.Silence(EndpointBytes), medicine.Audio, TestAudio.Silence(EndpointBytes));

        var ended = Feed(audio, 800).Where(e => e.Kind == ClipMatchEventKind.Ended).Select(e => e.Match).ToList();

        var medicineStart = fine.Audio.Length + EndpointBytes;
        Assert.Equal(
            [
                new ClipMatch(fine, 0, fine.Audio.Length, 0, fine.Audio.Length),
                new ClipMatch(medicine, 0, medicine.Audio.Length, medicineStart, medicineStart + medicine.Audio.Length),
            ],
            ended);
    }

    [Fact]
    public void A_clip_cut_short_ends_exactly_one_endpoint_after_its_last_matched_byte()
    {
        var clip = TestAudio.Library.Get("ko-knee");
        var heard = clip.Audio.Length / 2;
        var stream = _matcher.CreateStream(EndpointBytes, "ko-KR");
        var events = new List<ClipMatchEvent>();
        stream.Feed(clip.Audio.AsSpan(0, heard), events);
        stream.Feed(TestAudio.Silence(EndpointBytes - 1), events);
        Assert.DoesNotContain(events, e => e.Kind == ClipMatchEventKind.Ended);

        stream.Feed(TestAudio.Silence(1), events);

        Assert.Equal(new ClipMatchEvent(ClipMatchEventKind.Ended, new ClipMatch(clip, 0, heard, 0, heard)), events[^1]);
    }

    [Fact]
    public void A_dropped_frame_does_not_split_the_match()
    {
        var clip = TestAudio.Library.Get("ko-lunch");
        var audio = TestAudio.Concat(clip.Audio[..8000], clip.Audio[8160..], TestAudio.Silence(EndpointBytes));

        var events = Feed(audio, 160);

        var ended = Assert.Single(events, e => e.Kind == ClipMatchEventKind.Ended);
        Assert.Single(events, e => e.Kind == ClipMatchEventKind.Started);
        Assert.Equal(new ClipMatch(clip, 0, clip.Audio.Length, 0, clip.Audio.Length - 160), ended.Match);
    }

    [Fact]
    public void Completing_the_stream_ends_the_match_in_progress()
    {
        var clip = TestAudio.Library.Get("en-bye");
        var stream = _matcher.CreateStream(EndpointBytes);
        var events = new List<ClipMatchEvent>();
        stream.Feed(clip.Audio, events);

        stream.Complete(events);

        Assert.Equal(new ClipMatchEvent(ClipMatchEventKind.Ended, new ClipMatch(clip, 0, clip.Audio.Length, 0, clip.Audio.Length)), events[^1]);
    }

    [Fact]
    public void A_stream_in_another_language_ignores_the_clip()
    {
        var clip = TestAudio.Library.Get("en-hello");
        var stream = _matcher.CreateStream(EndpointBytes, "ko-KR");
        var events = new List<ClipMatchEvent>();

        stream.Feed(TestAudio.Concat(clip.Audio, TestAudio.Silence(EndpointBytes)), events);
        stream.Complete(events);

        Assert.Empty(events);
    }

    [Fact]
    public void Silence_is_not_speech_like()
    {
        Assert.False(ClipMatcher.IsSpeechLike(TestAudio.Silence(ClipMatcher.DefaultWindowBytes)));
        Assert.True(ClipMatcher.IsSpeechLike(TestAudio.Noise(ClipMatcher.DefaultWindowBytes, seed: 3)));
    }

    private List<ClipMatchEvent> Feed(byte[] audio, int batchBytes)
    {
        var stream = _matcher.CreateStream(EndpointBytes);
        var events = new List<ClipMatchEvent>();
        foreach (var batch in TestAudio.Batches(audio, batchBytes))
        {
            stream.Feed(batch, events);
        }

        return events;
    }
}
