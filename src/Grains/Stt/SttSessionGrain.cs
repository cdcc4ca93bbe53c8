using GrandBy.Grains.Audio;
using GrandBy.Grains.Calls;
using GrandBy.Providers.Speech;
using GrandBy.Providers.Speech.Google;
using GrandBy.Providers.Transcription;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Placement;

namespace GrandBy.Grains.Stt;

/// <summary>
/// Hosts the call's <see cref="ContinuousRecognition"/> and passes its results to the call. When no
/// caller audio arrives (a socket being replaced) it feeds silence, so the provider's audio timeout
/// never ends a live call.
/// </summary>
[PreferLocalPlacement]
public sealed class SttSessionGrain(
    ISpeechRecognizer recognizer,
    ISpeechTranscriber transcriber,
    IOptions<SttOptions> options,
    IOptions<GoogleSpeechOptions> speech,
    SttMetrics metrics,
    TimeProvider clock,
    ILogger<SttSessionGrain> logger) : Grain, ISttSessionGrain
{
    private ContinuousRecognition? _recognition;
    private IGrainTimer? _keepAlive;
    private DateTimeOffset _lastAudioAt;

    private string CallSid => this.GetPrimaryKeyString();

    public Task StartAsync()
    {
        if (_recognition is null)
        {
            var call = GrainFactory.GetGrain<ICallPipelineGrain>(CallSid);
            var models = new[] { speech.Value.Model }.Concat(speech.Value.ModelFallbacks).Distinct(StringComparer.Ordinal).ToList();
            _recognition = new ContinuousRecognition(
                CallSid, recognizer, transcriber, options.Value, models, clock, metrics, logger, call.OnSpeechRecognizedAsync);
            _lastAudioAt = clock.GetUtcNow();
            _keepAlive = this.RegisterGrainTimer(
                FeedSilenceIfQuietAsync, new GrainTimerCreationOptions(options.Value.KeepAliveAfter, options.Value.KeepAliveAfter));
        }

        return Task.CompletedTask;
    }

    public async Task PushAudioAsync(byte[] mulaw)
    {
        if (_recognition is { } recognition)
        {
            _lastAudioAt = clock.GetUtcNow();
            await recognition.PushAsync(mulaw, CancellationToken.None);
        }
    }

    public Task SetInputGatedAsync(bool gated)
    {
        if (_recognition is { } recognition)
        {
            recognition.InputGated = gated;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync()
    {
        _keepAlive?.Dispose();
        _keepAlive = null;
        if (_recognition is { } recognition)
        {
            _recognition = null;
            _ = FinishAsync(recognition);
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _keepAlive?.Dispose();
        if (_recognition is { } recognition)
        {
            _recognition = null;
            await recognition.DisposeAsync();
        }
    }

    /// <summary>Runs in the background: the call may be waiting on this grain while the last results go to it.</summary>
    private async Task FinishAsync(ContinuousRecognition recognition)
    {
        try
        {
            await recognition.CompleteAsync(CancellationToken.None);
        }
        finally
        {
            await recognition.DisposeAsync();
        }
    }

    private async Task FeedSilenceIfQuietAsync(CancellationToken cancellationToken)
    {
        var quiet = clock.GetUtcNow() - _lastAudioAt;
        if (_recognition is { } recognition && quiet >= options.Value.KeepAliveAfter)
        {
            var silence = new byte[(int)(quiet.TotalSeconds * 8000)];
            silence.AsSpan().Fill(MuLaw.Silence);
            _lastAudioAt = clock.GetUtcNow();
            await recognition.PushAsync(silence, cancellationToken);
        }
    }
}
