using GrandBy.SpeechEmulator.Hosting;
using Grpc.Core;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

public sealed class StreamingRecognizeLimitTests
{
    [Fact]
    public async Task A_stream_longer_than_the_maximum_duration_ends_out_of_range_after_its_results()
    {
        var options = new SpeechEmulatorOptions { MaxStreamDuration = TimeSpan.FromSeconds(5) };
        await using var server = await SpeechEmulatorServer.StartAsync(options, CancellationToken.None);
        var fine = TestAudio.Library.Get("ko-fine").Audio;

        var outcome = await SpeechCall.RunAsync(
            server.Endpoint,
            SpeechCall.Requests(SpeechCall.Config(c => c.InterimResults = false), SpeechCall.Audio(fine, TestAudio.Silence(24_000))));

        Assert.Equal("네 잘 지냈어요 오늘은 산책을 했어요", Assert.Single(outcome.Finals).Alternatives.Single().Transcript);
        Assert.NotNull(outcome.Error);
        Assert.Equal(StatusCode.OutOfRange, outcome.Error.StatusCode);
        Assert.Equal("Exceeded maximum allowed stream duration of 5 seconds.", outcome.Error.Status.Detail);
        Assert.Equal(1, server.Stats.StreamsFailed);
    }

    [Fact]
    public async Task The_default_duration_limit_is_reported_in_googles_words()
    {
        var options = new SpeechEmulatorOptions();

        Assert.Equal(TimeSpan.FromSeconds(305), options.MaxStreamDuration);
        await using var server = await SpeechEmulatorServer.StartAsync(options, CancellationToken.None);
        var requests = Enumerable.Range(0, 96).Select(_ => SpeechCall.AudioRequest(TestAudio.Silence(25_600)));

        var outcome = await SpeechCall.RunAsync(server.Endpoint, SpeechCall.Requests(SpeechCall.Config(), requests));

        Assert.Equal(StatusCode.OutOfRange, outcome.Error?.StatusCode);
        Assert.Equal("Exceeded maximum allowed stream duration of 305 seconds.", outcome.Error?.Status.Detail);
    }

    [Fact]
    public async Task A_stream_without_audio_for_the_idle_timeout_ends_out_of_range()
    {
        var options = new SpeechEmulatorOptions { AudioIdleTimeout = TimeSpan.FromMilliseconds(300) };
        await using var server = await SpeechEmulatorServer.StartAsync(options, CancellationToken.None);

        var outcome = await SpeechCall.RunAsync(server.Endpoint, [SpeechCall.Config()], halfClose: false);

        Assert.Equal(StatusCode.OutOfRange, outcome.Error?.StatusCode);
        Assert.Equal(
            "Audio Timeout Error: Long duration elapsed without audio. Audio should be sent close to real time.",
            outcome.Error?.Status.Detail);
    }

    [Fact]
    public async Task A_short_idle_timeout_ends_a_stream_that_stops_sending_after_its_results()
    {
        var options = new SpeechEmulatorOptions { AudioIdleTimeout = TimeSpan.FromMilliseconds(300) };
        await using var server = await SpeechEmulatorServer.StartAsync(options, CancellationToken.None);
        var fine = TestAudio.Library.Get("ko-fine").Audio;

        var outcome = await SpeechCall.RunAsync(
            server.Endpoint,
            SpeechCall.Requests(SpeechCall.Config(c => c.InterimResults = false), SpeechCall.Audio(fine, TestAudio.Silence(4800))),
            halfClose: false);

        Assert.Equal("네 잘 지냈어요 오늘은 산책을 했어요", Assert.Single(outcome.Finals).Alternatives.Single().Transcript);
        Assert.Equal(StatusCode.OutOfRange, outcome.Error?.StatusCode);
    }

    [Fact]
    public async Task Stats_count_streams_and_results()
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);
        var finals = new List<string>();
        server.Stats.FinalResultSent += finals.Add;
        var bye = TestAudio.Library.Get("en-bye");

        await SpeechCall.RunAsync(
            server.Endpoint,
            SpeechCall.Requests(SpeechCall.Config(c => (c.Config.LanguageCode, c.InterimResults) = ("en-US", false)), SpeechCall.Audio(bye.Audio)));

        Assert.Equal(["Thank you goodbye"], finals);
        Assert.Equal((1, 1, 0, 0, 1, bye.Audio.Length), (server.Stats.StreamsStarted, server.Stats.StreamsCompleted, server.Stats.StreamsFailed, server.Stats.InterimResults, server.Stats.FinalResults, server.Stats.AudioBytes));
    }

    [Fact]
    public async Task Stopping_the_emulator_ends_open_streams_at_once()
    {
        var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);
        using var timeout = new CancellationTokenSource(SpeechCall.Timeout);
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(server.Endpoint);
        using var call = new Google.Cloud.Speech.V1.Speech.SpeechClient(channel).StreamingRecognize(cancellationToken: timeout.Token);
        await call.RequestStream.WriteAsync(SpeechCall.Config(), timeout.Token);
        foreach (var request in SpeechCall.Audio(TestAudio.Library.Get("ko-fine").Audio))
        {
            await call.RequestStream.WriteAsync(request, timeout.Token);
        }

        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        await server.DisposeAsync().AsTask().WaitAsync(timeout.Token);

        // The emulator ends the call with UNAVAILABLE, but Kestrel closes the connection right after, so
        // the client may see the connection loss (INTERNAL) instead; either way the call is over.
        await Assert.ThrowsAsync<RpcException>(async () =>
        {
            while (await call.ResponseStream.MoveNext(timeout.Token))
            {
            }
        });
        Assert.Equal((1, 1), (server.Stats.StreamsStarted, server.Stats.StreamsFailed));
    }
}
