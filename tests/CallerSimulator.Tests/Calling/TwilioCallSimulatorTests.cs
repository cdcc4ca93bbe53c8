using GrandBy.CallerSimulator.Recording;
using GrandBy.CallerSimulator.Scenarios;
using GrandBy.CallerSimulator.Tests.Fakes;

namespace GrandBy.CallerSimulator.Tests.Calling;

public sealed class TwilioCallSimulatorTests
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_call_speaks_the_media_streams_protocol_as_Twilio()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        await using var gateway = await FakeGateway.StartAsync(Agents.GreetAndAnswerAsync, timeout.Token);
        var scenario = new Scenario("test", "+821012345678", "+8215880000",
            [new WaitForAnswerStep(200), new SayStep(TestClips.Hello), new WaitForAnswerStep(200), new DtmfStep("5"), new PauseStep(40), new HangUpStep()]);

        var recording = await Simulator(gateway).RunAsync(scenario, cancellationToken: timeout.Token);
        await gateway.StreamEnded.WaitAsync(timeout.Token);

        Assert.Null(recording.Failure);
        Assert.True(recording.Succeeded);
        var webhook = Assert.Single(gateway.Webhooks);
        Assert.Equal(recording.CallSid, webhook["CallSid"]);
        Assert.Matches("^CA[0-9a-f]{32}$", webhook["CallSid"]);
        Assert.Matches("^AC[0-9a-f]{32}$", webhook["AccountSid"]);
        Assert.Equal(("+821012345678", "+8215880000", "in-progress", "inbound", "2010-04-01"),
            (webhook["From"], webhook["To"], webhook["CallStatus"], webhook["Direction"], webhook["ApiVersion"]));
        Assert.True(gateway.StreamSignatureValid);

        var frames = (await gateway.Connection).Received;
        var connected = frames[0];
        Assert.Equal("connected", connected.Event);
        Assert.Equal("Call", connected.Json.GetProperty("protocol").GetString());
        Assert.Equal("1.0.0", connected.Json.GetProperty("version").GetString());

        var start = frames[1];
        Assert.Equal("start", start.Event);
        Assert.Equal("1", start.Sequence);
        Assert.Matches("^MZ[0-9a-f]{32}$", start.Json.GetProperty("streamSid").GetString());
        Assert.Equal(recording.StreamSid, start.Json.GetProperty("streamSid").GetString());
        var startBody = start.Json.GetProperty("start");
        Assert.Equal(recording.CallSid, startBody.GetProperty("callSid").GetString());
        Assert.Equal(webhook["AccountSid"], startBody.GetProperty("accountSid").GetString());
        Assert.Equal(recording.CallSid, startBody.GetProperty("customParameters").GetProperty("callSid").GetString());
        Assert.Equal(FakeGateway.Greeting, startBody.GetProperty("customParameters").GetProperty("greeting").GetString());

        Assert.Equal(Enumerable.Range(2, frames.Count - 2).Select(n => n.ToString()), frames.Skip(2).Select(f => f.Sequence));
        Assert.All(frames.Skip(1), f => Assert.Equal(recording.StreamSid, f.Json.GetProperty("streamSid").GetString()));
        Assert.Equal("stop", frames[^1].Event);
        Assert.Equal(recording.CallSid, frames[^1].Json.GetProperty("stop").GetProperty("callSid").GetString());
        Assert.DoesNotContain(frames, f => f.Event is "clear");

        var media = frames.Where(f => f.Event == "media").ToList();
        Assert.Equal(Enumerable.Range(1, media.Count).Select(n => n.ToString()), media.Select(f => f.Json.GetProperty("media").GetProperty("chunk").GetString()));
        Assert.Equal(Enumerable.Range(0, media.Count).Select(n => (n * 20).ToString()), media.Select(f => f.Json.GetProperty("media").GetProperty("timestamp").GetString()));
        Assert.All(media, f => Assert.Equal(160, f.Payload.Length));
        Assert.All(media, f => Assert.Equal("inbound", f.Json.GetProperty("media").GetProperty("track").GetString()));
        Assert.Equal(TestClips.HelloAudio(), media.Where(f => f.IsSpeech).SelectMany(f => f.Payload).ToArray());
        Assert.True(media[^1].At - media[0].At >= TimeSpan.FromMilliseconds((20 * (media.Count - 1)) - 25), "media is paced in real time");

        var dtmf = Assert.Single(frames, f => f.Event == "dtmf");
        Assert.Equal("5", dtmf.Json.GetProperty("dtmf").GetProperty("digit").GetString());
        Assert.Equal(["greeting", "answer-1"], frames.Where(f => f.Event == "mark").Select(f => f.MarkName));
    }

    [Fact]
    public async Task Voice_to_voice_latency_is_measured_per_turn_and_reported_as_it_happens()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        await using var gateway = await FakeGateway.StartAsync(Agents.GreetAndAnswerAsync, timeout.Token);
        var scenario = new Scenario("test", "+1", "+2", [new WaitForAnswerStep(100), new SayStep(TestClips.Hello), new WaitForAnswerStep(100)]);
        var events = new List<CallerEvent>();

        var recording = await Simulator(gateway).RunAsync(scenario, events.Add, timeout.Token);

        Assert.True(recording.Succeeded, recording.Failure);
        Assert.Equal(2, recording.Turns.Count);
        var opening = recording.Turns[0];
        Assert.Null(opening.ClipId);
        Assert.NotNull(opening.Latency);
        Assert.Equal(["greeting"], opening.MarksEchoed);
        Assert.Equal(Agents.ReplyBytes, opening.AnswerBytesHeard);

        var answer = recording.Turns[1];
        Assert.Equal(TestClips.Hello, answer.ClipId);
        Assert.Equal("Hello from a test.", answer.Text);
        Assert.InRange((answer.SpeechEndedAt - answer.SpeechStartedAt)!.Value, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));
        var firstAnswerAudio = events.OfType<AudioReceived>().First(e => e.TurnIndex == 1);
        Assert.Equal(firstAnswerAudio.At - answer.SpeechEndedAt, answer.Latency);
        Assert.InRange(answer.Latency!.Value, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(2));
        Assert.Equal(Agents.ReplyBytes, answer.AnswerBytesReceived);
        Assert.Equal(["answer-1"], answer.MarksEchoed);
        Assert.Equal(["greeting", "answer-1"], recording.MarksEchoed);
        Assert.Equal(2 * Agents.ReplyBytes, recording.AudioBytesReceived);

        Assert.Equal(
            [0, 1],
            events.OfType<AnswerAudioStarted>().Select(e => e.TurnIndex));
        Assert.Equal(answer.Latency, events.OfType<AnswerAudioStarted>().Last().Latency);
        var spoke = Assert.Single(events.OfType<CallerSpoke>());
        Assert.Equal(answer.SpeechEndedAt, spoke.EndedAt);
        Assert.IsType<HungUp>(events[^1]);
        Assert.Equal(recording.Events, events);
    }

    [Fact]
    public async Task Marks_are_echoed_in_order_only_after_the_audio_before_them_has_played()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        var sent = new Dictionary<string, TimeSpan>();
        await using var gateway = await FakeGateway.StartAsync(
            async (connection, token) =>
            {
                await connection.WaitForAsync(f => f.Event == "start", token);
                await connection.SendAudioAsync(800, token);
                sent["a"] = await connection.SendMarkAsync("a", token);
                await connection.SendAudioAsync(1600, token);
                sent["b"] = await connection.SendMarkAsync("b", token);
                sent["c"] = await connection.SendMarkAsync("c", token);
                await connection.WaitForAsync(f => f.Event == "stop", token);
            },
            timeout.Token);

        var recording = await Simulator(gateway).RunAsync(Scenario([new WaitForAnswerStep(100)]), cancellationToken: timeout.Token);

        Assert.True(recording.Succeeded, recording.Failure);
        var echoes = (await gateway.Connection).Received.Where(f => f.Event == "mark").ToList();
        Assert.Equal(["a", "b", "c"], echoes.Select(e => e.MarkName));
        Assert.True(echoes[0].At - sent["a"] >= TimeSpan.FromMilliseconds(100) - TimeSpan.FromMilliseconds(1));
        Assert.True(echoes[1].At - sent["a"] >= TimeSpan.FromMilliseconds(300) - TimeSpan.FromMilliseconds(1));
        Assert.True(echoes[2].At >= echoes[1].At);
        Assert.All(recording.Events.OfType<MarkEchoed>(), e => Assert.False(e.AfterClear));
        Assert.Single(recording.Events.OfType<PlaybackDrained>());
    }

    [Fact]
    public async Task Clear_drops_the_audio_and_echoes_pending_marks_at_once()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        var times = new Dictionary<string, TimeSpan>();
        await using var gateway = await FakeGateway.StartAsync(
            async (connection, token) =>
            {
                await connection.WaitForAsync(f => f.Event == "start", token);
                await connection.SendAudioAsync(16000, token);
                await connection.SendMarkAsync("long", token);
                await connection.WaitForAsync(f => f.Event == "media" && f.Json.GetProperty("media").GetProperty("chunk").GetString() == "5", token);
                times["clear"] = await connection.SendClearAsync(token);
                times["empty"] = await connection.SendMarkAsync("empty", token);
                await connection.WaitForAsync(f => f.Event == "stop", token);
            },
            timeout.Token);

        var recording = await Simulator(gateway).RunAsync(Scenario([new WaitForAnswerStep(100)]), cancellationToken: timeout.Token);

        Assert.True(recording.Succeeded, recording.Failure);
        var frames = (await gateway.Connection).Received;
        var echoes = frames.Where(f => f.Event == "mark").ToList();
        Assert.Equal(["long", "empty"], echoes.Select(e => e.MarkName));
        Assert.True(echoes[0].At - times["clear"] < TimeSpan.FromMilliseconds(500), "a clear releases pending marks at once");
        Assert.True(echoes[1].At - times["empty"] < TimeSpan.FromMilliseconds(500), "a mark with nothing queued is echoed at once");
        Assert.DoesNotContain(frames, f => f.Event == "clear");

        var cleared = Assert.Single(recording.Events.OfType<Cleared>());
        Assert.InRange(cleared.DroppedBytes, 12000, 16000);
        Assert.Equal(
            [("long", true), ("empty", false)],
            recording.Events.OfType<MarkEchoed>().Select(e => (e.Name, e.AfterClear)));
        Assert.Equal(16000 - cleared.DroppedBytes, recording.Turns[0].AnswerBytesHeard);
    }

    [Fact]
    public async Task What_Twilio_would_reject_is_recorded_as_protocol_errors_and_fails_the_call()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        await using var gateway = await FakeGateway.StartAsync(
            async (connection, token) =>
            {
                await connection.WaitForAsync(f => f.Event == "start", token);
                await connection.SendTextAsync($$"""{"event":"hello","streamSid":"{{connection.StreamSid}}"}""", token);
                await connection.SendTextAsync("""{"event":"clear","streamSid":"MZ0"}""", token);
                await connection.SendTextAsync("{not json", token);
                await connection.SendBinaryAsync(token);
                await connection.SendAudioAsync(160, token);
                await connection.WaitForAsync(f => f.Event == "stop", token);
            },
            timeout.Token);

        var recording = await Simulator(gateway).RunAsync(Scenario([new WaitForAnswerStep(50)]), cancellationToken: timeout.Token);

        Assert.Null(recording.Failure);
        Assert.False(recording.Succeeded);
        Assert.Collection(
            recording.ProtocolErrors,
            e => Assert.Contains("unknown event \"hello\"", e, StringComparison.Ordinal),
            e => Assert.Contains("another streamSid", e, StringComparison.Ordinal),
            e => Assert.Contains("invalid JSON", e, StringComparison.Ordinal),
            e => Assert.Contains("binary frame (31950)", e, StringComparison.Ordinal));
        Assert.Throws<CallSimulationException>(() => recording.EnsureSuccess());
    }

    [Fact]
    public async Task A_wait_for_an_answer_that_never_comes_fails_naming_the_step()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        await using var gateway = await FakeGateway.StartAsync(
            (connection, token) => connection.WaitForAsync(f => f.Event == "stop", token),
            timeout.Token);

        var recording = await Simulator(gateway).RunAsync(Scenario([new WaitForAnswerStep(100, 0.3)]), cancellationToken: timeout.Token);

        Assert.False(recording.Succeeded);
        Assert.Equal("Step 1 of 2 (waitForAnswer) failed: timed out after 0.3 s: no answer audio arrived", recording.Failure);
    }

    [Fact]
    public async Task The_gateway_closing_the_stream_fails_the_step_at_once()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        await using var gateway = await FakeGateway.StartAsync(
            async (connection, token) =>
            {
                await connection.WaitForAsync(f => f.Event == "start", token);
                await connection.CloseAsync(token);
            },
            timeout.Token);

        var recording = await Simulator(gateway).RunAsync(Scenario([new WaitForAnswerStep(100, 10)]), cancellationToken: timeout.Token);

        Assert.StartsWith("Step 1 of 2 (waitForAnswer) failed: the gateway closed the media stream", recording.Failure, StringComparison.Ordinal);
        Assert.Single(recording.Events.OfType<GatewayClosed>());
        Assert.True(recording.Duration < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_webhook_signed_with_the_wrong_token_is_refused_by_the_gateway()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        await using var gateway = await FakeGateway.StartAsync((_, _) => Task.CompletedTask, timeout.Token);
        var simulator = new TwilioCallSimulator(
            new CallerSimulatorOptions { GatewayBaseUri = gateway.BaseUri, PublicBaseUri = new Uri(FakeGateway.PublicBase), AuthToken = "wrong" },
            TestClips.Load());

        var recording = await simulator.RunAsync(Scenario([new HangUpStep()]), cancellationToken: timeout.Token);

        Assert.Contains("answered 403", recording.Failure, StringComparison.Ordinal);
        Assert.Null(recording.StreamSid);
    }

    [Fact]
    public async Task A_scenario_naming_a_clip_not_in_the_library_throws_before_calling()
    {
        using var timeout = new CancellationTokenSource(TestTimeout);
        await using var gateway = await FakeGateway.StartAsync((_, _) => Task.CompletedTask, timeout.Token);

        await Assert.ThrowsAsync<KeyNotFoundException>(
            () => Simulator(gateway).RunAsync(Scenario([new SayStep("no-such-clip")]), cancellationToken: timeout.Token));
        Assert.Empty(gateway.Webhooks);
    }

    private static Scenario Scenario(IReadOnlyList<ScenarioStep> steps) => new("test", "+1", "+2", [.. steps, new HangUpStep()]);

    private static TwilioCallSimulator Simulator(FakeGateway gateway) => new(
        new CallerSimulatorOptions
        {
            GatewayBaseUri = gateway.BaseUri,
            PublicBaseUri = new Uri(FakeGateway.PublicBase),
            AuthToken = FakeGateway.AuthToken,
        },
        TestClips.Load());
}
