using GrandBy.Grains.Calls;
using GrandBy.Grains.Diagnostics;
using GrandBy.Providers.Speech;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace GrandBy.Grains.Stt;

/// <summary>
/// Feeds the call's audio to one recognition stream and reports its results in call time. A stream
/// that fails is replaced on the next audio; its results are read to the end so no final is lost.
/// </summary>
[PreferLocalPlacement]
public sealed class SttSessionGrain(ISpeechRecognizer recognizer, ILogger<SttSessionGrain> logger) : Grain, ISttSessionGrain
{
    private RecognitionStreamLease? _lease;
    private long _audioBytes;
    private bool _stopped;

    private string CallSid => this.GetPrimaryKeyString();

    public async Task StartAsync()
    {
        _stopped = false;
        await EnsureStreamAsync();
    }

    public async Task PushAudioAsync(byte[] mulaw)
    {
        if (_stopped)
        {
            return;
        }

        var lease = await EnsureStreamAsync();
        try
        {
            await lease.Stream.SendAudioAsync(mulaw, lease.Cancellation.Token);
        }
        catch (Exception error) when (error is SpeechRecognitionException or OperationCanceledException or InvalidOperationException)
        {
            logger.SpeechStreamWriteFailed(CallSid, error);
            Retire(lease);
        }

        _audioBytes += mulaw.Length;
    }

    public async Task StopAsync()
    {
        _stopped = true;
        if (_lease is { } lease)
        {
            _lease = null;
            await lease.CompleteAsync();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_lease is { } lease)
        {
            _lease = null;
            await lease.DisposeAsync();
        }
    }

    private async Task<RecognitionStreamLease> EnsureStreamAsync()
    {
        if (_lease is { } current)
        {
            return current;
        }

        var cancellation = new CancellationTokenSource();
        var stream = await recognizer.OpenStreamAsync(cancellation.Token);
        var lease = new RecognitionStreamLease(stream, cancellation, CallTimeOf(_audioBytes));
        _lease = lease;
        logger.SpeechStreamOpened(CallSid, lease.CallTimeOffset);
        lease.Reader = ReadResultsAsync(lease);
        return lease;
    }

    private async Task ReadResultsAsync(RecognitionStreamLease lease)
    {
        var call = GrainFactory.GetGrain<ICallPipelineGrain>(CallSid);
        try
        {
            await foreach (var result in lease.Stream.ReadResultsAsync(lease.Cancellation.Token))
            {
                await call.OnSpeechRecognizedAsync(new RecognizedSpeech(
                    result.Transcript, result.IsFinal, result.Confidence, lease.CallTimeOffset + result.ResultEndTime));
            }
        }
        catch (OperationCanceledException) when (lease.Cancellation.IsCancellationRequested)
        {
            logger.SpeechStreamCancelled(CallSid);
        }
        catch (SpeechRecognitionException error)
        {
            logger.SpeechStreamFailed(CallSid, error);
        }
        finally
        {
            Retire(lease);
            await lease.DisposeAsync();
        }
    }

    private void Retire(RecognitionStreamLease lease)
    {
        if (ReferenceEquals(_lease, lease))
        {
            _lease = null;
        }
    }

    private static TimeSpan CallTimeOf(long mulawBytes) => TimeSpan.FromSeconds(mulawBytes / 8000.0);
}
