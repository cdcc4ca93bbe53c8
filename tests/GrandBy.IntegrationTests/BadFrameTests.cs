using System.Net.WebSockets;
using GrandBy.Calls;
using GrandBy.CallerSimulator.Scenarios;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.IntegrationTests;

/// <summary>Bad input on one socket is logged, counted and refused, and touches no other call.</summary>
[Collection(LocalStackCollection.Name)]
public sealed class BadFrameTests(LocalStackFixture fixture)
{
    [Fact]
    public async Task Bad_frames_are_counted_by_reason_while_the_call_and_another_call_go_on()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var goodCall = fixture.Stack.CreateCaller().RunAsync(
            new Scenario("ko-lunch", "+821012345678", "+8215880000", [new WaitForAnswerStep(), new SayStep("ko-lunch"), new WaitForAnswerStep(), new HangUpStep()]),
            cancellationToken: timeout.Token);
        var before = Snapshot();

        await using var bad = await RawMediaStream.ConnectAsync(fixture, timeout.Token);
        await bad.SendTextAsync("this is not json", timeout.Token);
        await bad.SendTextAsync("""{"event":"connected","protocol":"Call","version":"1.0.0"}""", timeout.Token);
        await bad.SendTextAsync(bad.Media("/w=="), timeout.Token);
        await bad.SendTextAsync($$"""{"event":"dance","streamSid":"{{bad.StreamSid}}"}""", timeout.Token);
        await bad.SendTextAsync(bad.Start, timeout.Token);
        using (var greeting = await bad.ReceiveEventAsync("media", timeout.Token))
        {
            Assert.NotNull(greeting);
        }

        await bad.SendTextAsync(bad.Media("@@not base64@@"), timeout.Token);
        await bad.SendBinaryAsync([0xFF, 0xFF], timeout.Token);
        await bad.SendTextAsync(bad.Media("/w==", streamSid: "MZ00000000000000000000000000000000"), timeout.Token);
        await bad.SendTextAsync(bad.Media(Convert.ToBase64String(Enumerable.Repeat((byte)0xFF, 160).ToArray())), timeout.Token);
        await bad.SendTextAsync(bad.Stop, timeout.Token);
        Assert.Null(await bad.ReceiveEventAsync("never-sent", timeout.Token));

        var recording = (await goodCall).EnsureSuccess();
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["NotJson"] = 1, ["MediaBeforeStart"] = 1, ["UnknownEvent"] = 1, ["BadAudio"] = 1, ["BinaryFrame"] = 1, ["WrongStreamSid"] = 1,
            },
            Difference(before, Snapshot()));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, bad.CloseStatus);
        Assert.Equal(CallStatus.Ended, (await fixture.CallAsync(bad.CallSid)).Status);
        var goodTurns = (await fixture.CallAsync(recording.CallSid)).Turns.Select(t => (t.Speaker, t.Text)).Skip(1).ToArray();
        Assert.Equal([(Speaker.Caller, "점심은 딸이랑 같이 먹었어요."), (Speaker.Agent, "네, 그렇군요. 조금 더 이야기해 주시겠어요?")], goodTurns);
    }

    [Fact]
    public async Task A_stream_that_keeps_sending_bad_frames_is_closed_and_its_call_ends_with_the_transcript_kept()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await using var bad = await RawMediaStream.ConnectAsync(fixture, timeout.Token);
        await bad.SendTextAsync(bad.Start, timeout.Token);
        using (var greeting = await bad.ReceiveEventAsync("mark", timeout.Token))
        {
            Assert.NotNull(greeting);
        }

        for (var i = 0; i < 20; i++)
        {
            await bad.SendTextAsync("{", timeout.Token);
        }

        Assert.Null(await bad.ReceiveEventAsync("never-sent", timeout.Token));
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, bad.CloseStatus);
        var call = await fixture.CallAsync(bad.CallSid);
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal("안녕하세요, 어르신.", Assert.Single(call.Turns).Sentences[0].Text);
    }

    [Fact]
    public async Task A_stream_for_a_call_that_has_ended_is_closed_and_the_call_stays_ended()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        string callSid;
        await using (var first = await RawMediaStream.ConnectAsync(fixture, timeout.Token))
        {
            callSid = first.CallSid;
            await first.SendTextAsync(first.Start, timeout.Token);
            using var greeting = await first.ReceiveEventAsync("media", timeout.Token);
            await first.SendTextAsync(first.Stop, timeout.Token);
            Assert.Null(await first.ReceiveEventAsync("never-sent", timeout.Token));
        }

        await using var late = await RawMediaStream.ConnectAsync(fixture, timeout.Token, callSid);
        await late.SendTextAsync(late.Start, timeout.Token);

        Assert.Null(await late.ReceiveEventAsync("media", timeout.Token));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, late.CloseStatus);
        var call = await fixture.CallAsync(callSid);
        Assert.Equal(CallStatus.Ended, call.Status);
        Assert.Equal(1, call.Epoch);
    }

    private Dictionary<string, long> Snapshot() =>
        Enum.GetNames<GrandBy.Gateway.MediaStreams.BadFrameReason>().ToDictionary(reason => reason, fixture.Metrics.BadFrames);

    private static Dictionary<string, long> Difference(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Where(pair => pair.Value != before[pair.Key]).ToDictionary(pair => pair.Key, pair => pair.Value - before[pair.Key]);
}
