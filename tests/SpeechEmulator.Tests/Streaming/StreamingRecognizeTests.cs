using Google.Cloud.Speech.V1;
using Google.Protobuf.WellKnownTypes;
using static Google.Cloud.Speech.V1.StreamingRecognizeResponse.Types;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

public sealed class StreamingRecognizeTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string FineText = "네 잘 지냈어요 오늘은 산책을 했어요";
    private static readonly byte[] Fine = TestAudio.Library.Get("ko-fine").Audio;

    [Fact]
    public async Task Interim_results_grow_word_by_word_and_one_final_carries_the_clip_text()
    {
        var outcome = await RunAsync(SpeechCall.Config(), SpeechCall.Audio(TestAudio.Silence(8000), Fine, TestAudio.Silence(4800)));

        Assert.Null(outcome.Error);
        Assert.Equal(
            ["네", "네 잘", "네 잘 지냈어요", "네 잘 지냈어요 오늘은", "네 잘 지냈어요 오늘은 산책을", FineText],
            outcome.Interims.Select(r => r.Alternatives.Single().Transcript));
        var stabilities = outcome.Interims.Select(r => r.Stability).ToList();
        Assert.Equal(stabilities.Order(), stabilities);
        Assert.All(stabilities, s => Assert.InRange(s, 0.1f, 0.9f));

        var final = Assert.Single(outcome.Finals);
        Assert.Equal(outcome.Responses[^1].Results.Single(), final);
        Assert.Equal(FineText, final.Alternatives.Single().Transcript);
        Assert.Equal(0.92f, final.Alternatives.Single().Confidence);
        Assert.Equal(Duration.FromTimeSpan(TimeSpan.FromMilliseconds(4785)), final.ResultEndTime);
        Assert.Equal("ko-kr", final.LanguageCode);
    }

    [Fact]
    public async Task Automatic_punctuation_keeps_the_clip_text_as_written()
    {
        var outcome = await RunAsync(
            SpeechCall.Config(c => c.Config.EnableAutomaticPunctuation = true),
            SpeechCall.Audio(TestAudio.Silence(1600), Fine, TestAudio.Silence(4800)));

        Assert.Null(outcome.Error);
        Assert.Equal("네, 잘 지냈어요. 오늘은 산책을 했어요.", Assert.Single(outcome.Finals).Alternatives.Single().Transcript);
    }

    [Fact]
    public async Task Half_closing_finalises_the_utterance_in_progress()
    {
        var outcome = await RunAsync(
            SpeechCall.Config(c => c.InterimResults = false),
            SpeechCall.Audio(TestAudio.Silence(800), Fine[..15_200]));

        Assert.Null(outcome.Error);
        Assert.Empty(outcome.Interims);
        var final = Assert.Single(outcome.Finals);
        Assert.Equal("네 잘 지냈어요", final.Alternatives.Single().Transcript);
        Assert.Equal(Duration.FromTimeSpan(TimeSpan.FromMilliseconds(2000)), final.ResultEndTime);
    }

    [Fact]
    public async Task Voice_activity_events_bracket_the_utterance()
    {
        var outcome = await RunAsync(
            SpeechCall.Config(c => (c.EnableVoiceActivityEvents, c.InterimResults) = (true, false)),
            SpeechCall.Audio(TestAudio.Silence(8000), Fine, TestAudio.Silence(4800)));

        Assert.Null(outcome.Error);
        Assert.Equal(3, outcome.Responses.Count);
        Assert.Equal(SpeechEventType.SpeechActivityBegin, outcome.Responses[0].SpeechEventType);
        Assert.Equal(Duration.FromTimeSpan(TimeSpan.FromSeconds(1)), outcome.Responses[0].SpeechEventTime);
        Assert.Equal(SpeechEventType.SpeechActivityEnd, outcome.Responses[1].SpeechEventType);
        Assert.Equal(Duration.FromTimeSpan(TimeSpan.FromMilliseconds(4785)), outcome.Responses[1].SpeechEventTime);
        Assert.Equal(FineText, outcome.Responses[2].Results.Single(r => r.IsFinal).Alternatives.Single().Transcript);
    }

    [Fact]
    public async Task A_single_utterance_stream_stops_recognising_after_its_final()
    {
        var knee = TestAudio.Library.Get("ko-knee").Audio;
        var outcome = await RunAsync(
            SpeechCall.Config(c => (c.SingleUtterance, c.InterimResults, c.Config.Model) = (true, false, "")),
            SpeechCall.Audio(Fine, TestAudio.Silence(4800), knee, TestAudio.Silence(4800)));

        Assert.Null(outcome.Error);
        Assert.Equal(2, outcome.Responses.Count);
        Assert.Equal(FineText, outcome.Responses[0].Results.Single(r => r.IsFinal).Alternatives.Single().Transcript);
        Assert.Equal(SpeechEventType.EndOfSingleUtterance, outcome.Responses[1].SpeechEventType);
    }

    [Fact]
    public async Task Consecutive_clips_give_one_final_each_in_order()
    {
        var lunch = TestAudio.Library.Get("ko-lunch").Audio;
        var outcome = await RunAsync(
            SpeechCall.Config(c => c.InterimResults = false),
            SpeechCall.Audio(Fine, TestAudio.Silence(4000), lunch, TestAudio.Silence(4000)));

        Assert.Null(outcome.Error);
        Assert.Equal(
            [FineText, "점심은 딸이랑 같이 먹었어요"],
            outcome.Finals.Select(r => r.Alternatives.Single().Transcript));
    }

    [Fact]
    public async Task Audio_that_matches_no_clip_yields_nothing()
    {
        var outcome = await RunAsync(SpeechCall.Config(), SpeechCall.Audio(TestAudio.Noise(24_000, seed: 99), TestAudio.Tone(8000)));

        Assert.Null(outcome.Error);
        Assert.Empty(outcome.Responses);
    }

    private Task<RecognizeOutcome> RunAsync(StreamingRecognizeRequest config, IEnumerable<StreamingRecognizeRequest> audio) =>
        SpeechCall.RunAsync(emulator.Server.Endpoint, SpeechCall.Requests(config, audio));
}
