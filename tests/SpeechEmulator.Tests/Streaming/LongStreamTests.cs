using System.Diagnostics;
using GrandBy.SpeechEmulator.Hosting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Xunit.Abstractions;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

/// <summary>Streams of many minutes of audio pushed as fast as the client can write: stream time is audio time.</summary>
public sealed class LongStreamTests(ITestOutputHelper output)
{
    private const int BytesPerSecond = 8000;
    private static readonly string[] Cycle = ["ko-fine", "ko-knee", "ko-lunch", "ko-medicine"];

    [Fact]
    public async Task Six_minutes_of_clips_pushed_at_once_end_at_exactly_305_seconds_after_every_earlier_final()
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);
        var (audio, expectedFinals) = SixMinutesWithASecondWordHeardAt305Seconds();
        var stopwatch = Stopwatch.StartNew();

        // A first request of 400 bytes puts the 305 s mark inside the request [304.95 s, 305.05 s).
        var requests = SpeechCall.Audio(audio[400..]).Prepend(SpeechCall.AudioRequest(audio[..400]));

        var outcome = await SpeechCall.RunAsync(server.Endpoint, SpeechCall.Requests(SpeechCall.Config(), requests));

        stopwatch.Stop();
        output.WriteLine($"{audio.Length / BytesPerSecond} s of audio in {audio.Length / 800} requests: {stopwatch.Elapsed.TotalMilliseconds:0} ms, {outcome.Responses.Count} responses");
        Assert.Equal(StatusCode.OutOfRange, outcome.Error?.StatusCode);
        Assert.Equal("Exceeded maximum allowed stream duration of 305 seconds.", outcome.Error?.Status.Detail);
        Assert.Equal(expectedFinals, outcome.Finals.Select(r => r.Alternatives.Single().Transcript));
        var last = outcome.Responses[^1].Results.Single();
        Assert.Equal(("네 잘", Duration.FromTimeSpan(TimeSpan.FromSeconds(305))), (last.Alternatives.Single().Transcript, last.ResultEndTime));
        Assert.Equal((305 * BytesPerSecond) + 400, server.Stats.AudioBytes);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Ten_minutes_of_audio_in_6000_requests_are_recognised_without_waiting_for_the_clock()
    {
        var options = new SpeechEmulatorOptions { MaxStreamDuration = TimeSpan.FromMinutes(11) };
        await using var server = await SpeechEmulatorServer.StartAsync(options, CancellationToken.None);
        var knee = TestAudio.Library.Get("ko-knee").Audio;
        var minute = TestAudio.Concat(knee, TestAudio.Silence((60 * BytesPerSecond) - knee.Length));
        var audio = TestAudio.Concat([.. Enumerable.Repeat(minute, 10)]);
        var stopwatch = Stopwatch.StartNew();

        var outcome = await SpeechCall.RunAsync(
            server.Endpoint, SpeechCall.Requests(SpeechCall.Config(c => c.InterimResults = false), SpeechCall.Audio(audio)));

        stopwatch.Stop();
        output.WriteLine($"600 s of audio in 6000 requests: {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        Assert.Null(outcome.Error);
        Assert.Equal(Enumerable.Repeat("날씨는 좋았는데 무릎이 조금 아팠어요", 10), outcome.Finals.Select(r => r.Alternatives.Single().Transcript));
        Assert.Equal(
            Enumerable.Range(0, 10).Select(i => Duration.FromTimeSpan(TimeSpan.FromTicks(((i * 60L * BytesPerSecond) + knee.Length) * 1250))),
            outcome.Finals.Select(r => r.ResultEndTime));
        Assert.Equal(4_800_000, server.Stats.AudioBytes);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(8));
    }

    /// <summary>
    /// The four Korean clips in turn with 1.5 s of silence after each until 300 s, silence, then ko-fine
    /// placed so its second of six words is heard exactly at 305 s (10,094 of its 30,280 bytes), then
    /// more clips to 360 s.
    /// </summary>
    private static (byte[] Audio, List<string> ExpectedFinals) SixMinutesWithASecondWordHeardAt305Seconds()
    {
        var parts = new List<byte[]>();
        var finals = new List<string>();
        var length = 0;
        for (var i = 0; length < 300 * BytesPerSecond - 40_000; i++)
        {
            var clip = TestAudio.Library.Get(Cycle[i % Cycle.Length]);
            parts.Add(clip.Audio);
            parts.Add(TestAudio.Silence(12_000));
            length += clip.Audio.Length + 12_000;
            finals.Add(string.Concat(clip.Text.Where(c => c is not ('.' or ','))));
        }

        parts.Add(TestAudio.Silence((305 * BytesPerSecond) - 10_094 - length));
        for (var i = 0; parts.Sum(p => p.Length) < 360 * BytesPerSecond; i++)
        {
            parts.Add(TestAudio.Library.Get(Cycle[i % Cycle.Length]).Audio);
            parts.Add(TestAudio.Silence(12_000));
        }

        return (TestAudio.Concat([.. parts]), finals);
    }
}
