using Grpc.Core;
using GrandBy.Grains.Stt;
using GrandBy.Demo.Recognition;
using GrandBy.SpeechEmulator.Hosting;

namespace GrandBy.IntegrationTests.Stt;

/// <summary>
/// A call's recognition through the production Google Speech and Whisper clients against the strict
/// emulator. Stream time in the emulator is audio time, so minutes of call run in seconds.
/// </summary>
public sealed class NeverDropAWordTests
{
    private static readonly string[] Clips = ["ko-fine", "ko-knee", "ko-medicine", "ko-lunch"];
    private static readonly TimeSpan EndTolerance = TimeSpan.FromMilliseconds(30);

    [Fact]
    public async Task A_ten_minute_call_is_finalised_utterance_by_utterance_exactly_once_through_at_least_two_rollovers()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var audio = TenMinutesOfConversation(straddling: TimeSpan.FromSeconds(240));
        await using var harness = await LocalRecognition.StartAsync(new SttOptions
        {
            RolloverAfter = TimeSpan.FromSeconds(240),
            RolloverDeadline = TimeSpan.FromSeconds(240),
        });

        await harness.PushAsync(audio.Bytes, pace: TimeSpan.Zero, timeout.Token);
        await harness.Recognition.CompleteAsync(timeout.Token);

        Assert.InRange(audio.Utterances.Count, 75, 90);
        AssertRecognisedExactlyOnce(audio, harness);
        Assert.True(harness.Recognition.Stats.Rollovers >= 2, $"{harness.Recognition.Stats.Rollovers} rollovers");
        Assert.Equal(0, harness.Emulator.Stats.StreamsFailed);
    }

    [Fact]
    public async Task A_rollover_waits_for_a_pause_in_speech_when_it_has_time_to()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var audio = Conversation(TimeSpan.FromSeconds(110), firstGap: TimeSpan.FromSeconds(1));
        await using var harness = await LocalRecognition.StartAsync(new SttOptions
        {
            RolloverAfter = TimeSpan.FromSeconds(20),
            RolloverDeadline = TimeSpan.FromSeconds(60),
        });

        await harness.PushAsync(audio.Bytes, pace: TimeSpan.FromMilliseconds(5), timeout.Token);
        await harness.Recognition.CompleteAsync(timeout.Token);

        AssertRecognisedExactlyOnce(audio, harness);
        Assert.InRange(harness.Recognition.Stats.Rollovers, 4, 6);
        Assert.Equal(0, harness.Recognition.Stats.RolloversDuringSpeech);
    }

    [Fact]
    public async Task An_utterance_whose_stream_is_killed_midway_still_arrives_once()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var audio = new CallAudio().Pause(TimeSpan.FromSeconds(1)).Say("ko-knee").PauseUntil(TimeSpan.FromSeconds(4)).Say("ko-fine")
            .Pause(TimeSpan.FromSeconds(2)).Say("ko-medicine").Pause(TimeSpan.FromSeconds(1));
        await using var harness = await LocalRecognition.StartAsync(new SttOptions());
        harness.Emulator.Faults.FailNextStreamAt(TimeSpan.FromSeconds(5.5), StatusCode.Unavailable);

        await harness.PushAsync(audio.Bytes, pace: TimeSpan.FromMilliseconds(10), timeout.Token);
        await harness.Recognition.CompleteAsync(timeout.Token);

        AssertRecognisedExactlyOnce(audio, harness);
        Assert.Equal(1, harness.Recognition.Stats.Reconnects);
        Assert.Equal(SttMode.Streaming, harness.Recognition.Mode);
    }

    [Fact]
    public async Task When_streaming_is_refused_the_call_goes_on_in_chunk_mode_with_the_full_transcript()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var audio = new CallAudio().Pause(TimeSpan.FromSeconds(1)).Say("ko-fine").Pause(TimeSpan.FromSeconds(1)).Say("ko-knee")
            .Pause(TimeSpan.FromSeconds(1)).Say("ko-lunch").Pause(TimeSpan.FromSeconds(1));
        await using var harness = await LocalRecognition.StartAsync(new SttOptions { MaxConsecutiveStreamFailures = 3 });
        harness.Emulator.Faults.RefuseStreaming = true;

        await harness.PushAsync(audio.Bytes, pace: TimeSpan.FromMilliseconds(25), timeout.Token);
        await harness.Recognition.CompleteAsync(timeout.Token);

        Assert.Equal(audio.Utterances.Select(u => u.Text), harness.Finals.Select(f => f.Transcript));
        Assert.Equal(SttMode.Chunk, harness.Recognition.Mode);
        Assert.True(harness.Recognition.Stats.FellBackToChunk);
        Assert.Equal(3, harness.Recognition.Stats.Reconnects);
        Assert.Equal(3, harness.Emulator.Stats.Transcriptions);
    }

    [Fact]
    public async Task A_model_the_language_does_not_support_is_replaced_by_the_next_fallback_without_losing_the_utterance()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var audio = new CallAudio().Pause(TimeSpan.FromSeconds(1)).Say("ko-medicine").Pause(TimeSpan.FromSeconds(1));
        var emulator = new SpeechEmulatorOptions();
        emulator.Models["ko-KR"] = "default";
        await using var harness = await LocalRecognition.StartAsync(
            new SttOptions(),
            emulator,
            new Dictionary<string, string?> { ["GoogleSpeech:Model"] = "phone_call", ["GoogleSpeech:ModelFallbacks:0"] = "latest_long", ["GoogleSpeech:ModelFallbacks:1"] = "default" });

        await harness.PushAsync(audio.Bytes, pace: TimeSpan.FromMilliseconds(10), timeout.Token);
        await harness.Recognition.CompleteAsync(timeout.Token);

        AssertRecognisedExactlyOnce(audio, harness);
        Assert.Equal(2, harness.Recognition.Stats.Reconnects);
        Assert.Equal(SttMode.Streaming, harness.Recognition.Mode);
    }

    [Fact]
    public async Task Thirty_seconds_of_gated_input_feed_silence_so_the_stream_never_times_out()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var gated = new CallAudio().Pause(TimeSpan.FromSeconds(2)).Say("ko-lunch").PauseUntil(TimeSpan.FromSeconds(30));
        var open = new CallAudio().Pause(TimeSpan.FromSeconds(1)).Say("ko-knee").Pause(TimeSpan.FromSeconds(1));
        await using var harness = await LocalRecognition.StartAsync(
            new SttOptions(), new SpeechEmulatorOptions { AudioIdleTimeout = TimeSpan.FromMilliseconds(500) });

        harness.Recognition.InputGated = true;
        await harness.PushAsync(gated.Bytes, pace: TimeSpan.FromMilliseconds(10), timeout.Token);
        harness.Recognition.InputGated = false;
        await harness.PushAsync(open.Bytes, pace: TimeSpan.FromMilliseconds(10), timeout.Token);
        await harness.Recognition.CompleteAsync(timeout.Token);

        var final = Assert.Single(harness.Finals);
        Assert.Equal("날씨는 좋았는데 무릎이 조금 아팠어요.", final.Transcript);
        AssertNear(gated.Duration + open.Utterances[0].End, final.CallTimeEnd);
        Assert.Equal(0, harness.Recognition.Stats.Reconnects);
        Assert.Equal(0, harness.Emulator.Stats.StreamsFailed);
    }

    private static void AssertRecognisedExactlyOnce(CallAudio audio, LocalRecognition harness)
    {
        var finals = harness.Finals;
        Assert.Equal(audio.Utterances.Select(u => u.Text), finals.Select(f => f.Transcript));
        Assert.All(audio.Utterances.Zip(finals), pair => AssertNear(pair.First.End, pair.Second.CallTimeEnd));
    }

    private static void AssertNear(TimeSpan expected, TimeSpan actual) => Assert.InRange(actual, expected - EndTolerance, expected + EndTolerance);

    /// <summary>About 80 utterances with short pauses; one runs across <paramref name="straddling"/>.</summary>
    private static CallAudio TenMinutesOfConversation(TimeSpan straddling)
    {
        var audio = Conversation(straddling - TimeSpan.FromSeconds(6), firstGap: TimeSpan.FromSeconds(2));
        audio.PauseUntil(straddling - TimeSpan.FromSeconds(1.2)).Say("ko-fine");
        return Continue(audio, TimeSpan.FromMinutes(10), 1);
    }

    private static CallAudio Conversation(TimeSpan until, TimeSpan firstGap) => Continue(new CallAudio().Pause(firstGap), until, 0);

    private static CallAudio Continue(CallAudio audio, TimeSpan until, int seed)
    {
        for (var i = seed; audio.Duration < until - TimeSpan.FromSeconds(9); i++)
        {
            audio.Say(Clips[i % Clips.Length]).Pause(TimeSpan.FromMilliseconds(3300 + 400 * (i % 4)));
        }

        return audio.PauseUntil(until);
    }
}
