using System.Net.WebSockets;
using GrandBy.CallerSimulator.Calling;
using GrandBy.CallerSimulator.Recording;
using GrandBy.CallerSimulator.Scenarios;
using GrandBy.CallerSimulator.Twilio;
using GrandBy.Clips;

namespace GrandBy.CallerSimulator;

/// <summary>
/// Plays Twilio against the gateway for one call at a time per <see cref="RunAsync"/> (calls may run
/// concurrently): posts the voice webhook, opens the media stream the TwiML names, speaks the scenario
/// in real time, plays back and acknowledges the answers, and records it all.
/// </summary>
public sealed class TwilioCallSimulator
{
    private readonly CallerSimulatorOptions _options;
    private readonly ClipLibrary _clips;
    private readonly string _accountSid;

    public TwilioCallSimulator(CallerSimulatorOptions options, ClipLibrary? clips = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _clips = clips ?? ClipLibrary.Load(options.ClipDirectory ?? ClipLibrary.DefaultDirectory);
        _accountSid = options.AccountSid ?? TwilioSid.New("AC");
    }

    /// <summary>
    /// Runs one call. Failures of the call (the webhook refused, a step timed out, the gateway closed the
    /// stream) come back in <see cref="CallRecording.Failure"/>; a scenario naming a clip not in the
    /// library throws before calling; cancellation throws.
    /// </summary>
    public async Task<CallRecording> RunAsync(Scenario scenario, Action<CallerEvent>? onEvent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var clips = ResolveClips(scenario);
        var startedAt = _options.TimeProvider.GetUtcNow();
        var clock = new CallClock(_options.TimeProvider);
        var recorder = new CallRecorder(clock, onEvent);
        var callSid = TwilioSid.New("CA");
        var streamSid = TwilioSid.New("MZ");
        string? failure = null;
        string? openedStreamSid = null;
        try
        {
            var stream = await AnswerAsync(new VoiceWebhookRequest(_accountSid, callSid, scenario.From, scenario.To), cancellationToken);
            using var socket = await ConnectAsync(stream, cancellationToken);
            await using var session = new CallSession(socket, new MediaStreamWriter(_accountSid, callSid, streamSid), recorder, clock, _options.CloseTimeout);
            await session.StartAsync(callSid, stream, cancellationToken);
            openedStreamSid = streamSid;
            await new ScenarioRunner(session, clips).RunAsync(scenario.Steps, cancellationToken);
        }
        catch (CallSimulationException exception)
        {
            failure = exception.Message;
        }
        catch (WebSocketException exception)
        {
            failure = $"The media stream failed: {exception.Message}";
        }
        finally
        {
            await recorder.CompleteAsync();
        }

        return recorder.Build(scenario.Name, callSid, openedStreamSid, startedAt, failure);
    }

    private Dictionary<string, Clip> ResolveClips(Scenario scenario)
    {
        var clips = new Dictionary<string, Clip>(StringComparer.Ordinal);
        foreach (var say in scenario.Steps.OfType<SayStep>())
        {
            clips[say.ClipId] = _clips.Get(say.ClipId);
        }

        return clips;
    }

    private async Task<TwimlStream> AnswerAsync(VoiceWebhookRequest request, CancellationToken cancellationToken)
    {
        var gatewayUrl = _options.VoiceWebhookUri(_options.GatewayBaseUri);
        var publicUrl = _options.VoiceWebhookUri(_options.PublicBaseUri ?? _options.GatewayBaseUri);
        using var http = new HttpClient { Timeout = _options.WebhookTimeout };
        try
        {
            return await new VoiceWebhookClient(http, gatewayUrl, publicUrl, _options.AuthToken).AnswerAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new CallSimulationException($"The voice webhook {gatewayUrl} could not be reached: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CallSimulationException($"The voice webhook {gatewayUrl} did not answer within {_options.WebhookTimeout.TotalSeconds:0.#} s.", exception);
        }
    }

    private async Task<ClientWebSocket> ConnectAsync(TwimlStream stream, CancellationToken cancellationToken)
    {
        var target = StreamUrlMapper.ToGateway(stream.Url, _options.GatewayBaseUri);
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", "Twilio.TmeWs/1.0");
        if (_options.AuthToken is not null)
        {
            socket.Options.SetRequestHeader(TwilioSignature.HeaderName, TwilioSignature.Compute(_options.AuthToken, stream.Url));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(target, timeout.Token);
            return socket;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new CallSimulationException($"Could not open the media stream {target} (TwiML url {stream.Url}): {exception.Message}", exception);
        }
    }
}
