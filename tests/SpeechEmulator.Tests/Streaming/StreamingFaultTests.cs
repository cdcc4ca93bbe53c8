using GrandBy.SpeechEmulator.Hosting;
using Google.Cloud.Speech.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;

namespace GrandBy.SpeechEmulator.Tests.Streaming;

public sealed class StreamingFaultTests
{
    private const string FineText = "네 잘 지냈어요 오늘은 산책을 했어요";
    private static readonly byte[] Fine = TestAudio.Library.Get("ko-fine").Audio;

    [Fact]
    public async Task Refusing_streams_fails_the_first_read_with_unavailable_until_turned_off()
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions { RefuseStreaming = true }, CancellationToken.None);
        using var timeout = new CancellationTokenSource(SpeechCall.Timeout);
        using var channel = GrpcChannel.ForAddress(server.Endpoint);
        using var call = new Speech.SpeechClient(channel).StreamingRecognize(cancellationToken: timeout.Token);

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(timeout.Token));
        server.Faults.RefuseStreaming = false;
        var healthy = await RunAsync(server);

        Assert.Equal((StatusCode.Unavailable, "The service is currently unavailable."), (error.StatusCode, error.Status.Detail));
        Assert.Null(healthy.Error);
        Assert.Equal([FineText], healthy.Finals.Select(r => r.Alternatives.Single().Transcript));
        Assert.Equal((2, 1, 1, 1), (server.Stats.StreamsStarted, server.Stats.StreamsCompleted, server.Stats.StreamsFailed, server.Stats.FaultsInjected));
    }

    [Fact]
    public async Task Refusing_streams_can_be_turned_on_while_running()
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);

        server.Faults.RefuseStreaming = true;
        var outcome = await RunAsync(server);

        Assert.Empty(outcome.Responses);
        Assert.Equal(StatusCode.Unavailable, outcome.Error?.StatusCode);
    }

    [Theory]
    [InlineData(StatusCode.Unavailable, "The service is currently unavailable.")]
    [InlineData(StatusCode.Internal, "Internal error encountered.")]
    public async Task A_fault_at_two_seconds_ends_the_stream_mid_clip_and_the_next_stream_is_healthy(StatusCode code, string message)
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);
        server.Faults.FailNextStreamAt(TimeSpan.FromSeconds(2), code);

        var killed = await RunAsync(server, ThirdWordCompleteAtTwoSeconds());
        var healthy = await RunAsync(server);

        Assert.Equal((code, message), (killed.Error?.StatusCode, killed.Error?.Status.Detail));
        Assert.Empty(killed.Finals);
        var last = Assert.Single(killed.Responses[^1].Results);
        Assert.Equal(("네 잘 지냈어요", Duration.FromTimeSpan(TimeSpan.FromSeconds(2))), (last.Alternatives.Single().Transcript, last.ResultEndTime));
        Assert.Null(healthy.Error);
        Assert.Equal([FineText], healthy.Finals.Select(r => r.Alternatives.Single().Transcript));
        Assert.False(server.Faults.StreamFaultPending);
        Assert.Equal((2, 1, 1, 1), (server.Stats.StreamsStarted, server.Stats.StreamsCompleted, server.Stats.StreamsFailed, server.Stats.FaultsInjected));
    }

    [Fact]
    public async Task A_fault_fires_at_its_exact_byte_inside_a_request()
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);
        server.Faults.FailNextStreamAt(TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1250));

        var killed = await RunAsync(server, ThirdWordCompleteAtTwoSeconds());

        Assert.Equal(StatusCode.Unavailable, killed.Error?.StatusCode);
        var last = Assert.Single(killed.Responses[^1].Results);
        Assert.Equal(("네 잘", Duration.FromTimeSpan(TimeSpan.FromMilliseconds(1450))), (last.Alternatives.Single().Transcript, last.ResultEndTime));
    }

    [Fact]
    public async Task A_fault_can_carry_its_own_message()
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);
        server.Faults.FailNextStreamAt(TimeSpan.Zero, StatusCode.ResourceExhausted, "Quota exceeded.");

        var outcome = await RunAsync(server);

        Assert.Empty(outcome.Responses);
        Assert.Equal((StatusCode.ResourceExhausted, "Quota exceeded."), (outcome.Error?.StatusCode, outcome.Error?.Status.Detail));
    }

    [Fact]
    public async Task Failing_the_next_two_streams_fails_two_then_recognises_again()
    {
        await using var server = await SpeechEmulatorServer.StartAsync(new SpeechEmulatorOptions(), CancellationToken.None);
        server.Faults.FailNextStreams(2, StatusCode.Unavailable);

        var outcomes = new List<RecognizeOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add(await RunAsync(server));
        }

        Assert.Equal([StatusCode.Unavailable, StatusCode.Unavailable, null], outcomes.Select(o => o.Error?.StatusCode));
        Assert.Equal([0, 0, 1], outcomes.Select(o => o.Finals.Count()));
        Assert.Equal(0, server.Faults.StreamsToFail);
        Assert.Equal((3, 1, 2, 2), (server.Stats.StreamsStarted, server.Stats.StreamsCompleted, server.Stats.StreamsFailed, server.Stats.FaultsInjected));
    }

    private static Task<RecognizeOutcome> RunAsync(SpeechEmulatorServer server) =>
        RunAsync(server, SpeechCall.Audio(TestAudio.Silence(4000), Fine, TestAudio.Silence(4800)));

    private static Task<RecognizeOutcome> RunAsync(SpeechEmulatorServer server, IEnumerable<StreamingRecognizeRequest> audio) =>
        SpeechCall.RunAsync(server.Endpoint, SpeechCall.Requests(SpeechCall.Config(), audio));

    /// <summary>
    /// ko-fine after 860 bytes of silence: its third of six words is heard once 15,140 of its 30,280 bytes
    /// are, at stream byte 16,000 (2 s). A first request of 400 bytes puts 2 s inside a request.
    /// </summary>
    private static IEnumerable<StreamingRecognizeRequest> ThirdWordCompleteAtTwoSeconds()
    {
        var audio = TestAudio.Concat(TestAudio.Silence(860), Fine, TestAudio.Silence(4800));
        return SpeechCall.Audio(audio[400..]).Prepend(SpeechCall.AudioRequest(audio[..400]));
    }
}
