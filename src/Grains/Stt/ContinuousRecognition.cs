using GrandBy.Grains.Audio;
using GrandBy.Grains.Calls;
using GrandBy.Grains.Diagnostics;
using GrandBy.Providers.Speech;
using GrandBy.Providers.Transcription;
using Microsoft.Extensions.Logging;

namespace GrandBy.Grains.Stt;

/// <summary>
/// Recognises a whole call without dropping a word, however long it runs. The call's audio after the
/// last accepted final result is retained; whenever a stream is replaced — a rollover before Google's
/// 305 s limit, preferably in a pause, or a reconnect after an error — the new stream is first fed that
/// audio again, so it re-recognises whatever the old one had not finalised. Results are mapped to call
/// time with the stream's offset, and a final that ends no later than the last accepted one is a
/// duplicate. After too many stream failures in a row the call goes on in chunk mode.
/// </summary>
/// <remarks>
/// A replaced stream is half-closed and read to its end, but its results are ignored: everything it
/// could still finalise was re-sent to its successor, so taking them too would duplicate words.
/// </remarks>
public sealed class ContinuousRecognition : IAsyncDisposable
{
    private const int BytesPerSecond = 8000;
    private static readonly TimeSpan WriteFailureGrace = TimeSpan.FromSeconds(1);
    private readonly Lock _gate = new();
    private readonly RetainedAudio _audio = new();
    private readonly List<Task> _draining = [];
    private readonly CancellationTokenSource _lifetime = new();
    private readonly HashSet<string> _modelsRejected = [];
    private readonly ISpeechRecognizer _recognizer;
    private readonly ISpeechTranscriber _transcriber;
    private readonly SttOptions _options;
    private readonly IReadOnlyList<string> _models;
    private readonly TimeProvider _clock;
    private readonly SttMetrics _metrics;
    private readonly ILogger _logger;
    private readonly string _callSid;
    private readonly Func<RecognizedSpeech, Task> _onRecognized;
    private StreamLease? _stream;
    private ChunkRecognition? _chunk;
    private long _acceptedUntil;
    private bool _inSpeech;
    private int _failures;
    private int _modelIndex;
    private DateTimeOffset _retryAt;

    public ContinuousRecognition(
        string callSid,
        ISpeechRecognizer recognizer,
        ISpeechTranscriber transcriber,
        SttOptions options,
        IReadOnlyList<string> models,
        TimeProvider clock,
        SttMetrics metrics,
        ILogger logger,
        Func<RecognizedSpeech, Task> onRecognized)
    {
        _callSid = callSid;
        _recognizer = recognizer;
        _transcriber = transcriber;
        _options = options;
        _models = models;
        _clock = clock;
        _metrics = metrics;
        _logger = logger;
        _onRecognized = onRecognized;
        if (options.Mode == SttMode.Chunk)
        {
            _chunk = NewChunkRecognition(0);
        }
    }

    public SttMode Mode => _chunk is null ? SttMode.Streaming : SttMode.Chunk;

    /// <summary>While gated (the agent is speaking with the echo gate on) the caller's audio is replaced by silence, never withheld.</summary>
    public bool InputGated { get; set; }

    public RecognitionStats Stats { get; } = new();

    /// <summary>Takes the next piece of the call's audio.</summary>
    public async Task PushAsync(ReadOnlyMemory<byte> mulaw, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var audio = InputGated ? Silence(mulaw.Length) : mulaw.Span;
            if (_chunk is { } chunk)
            {
                chunk.Push(audio);
                return;
            }

            _audio.Append(audio);
        }

        if (await CurrentOrNewStreamAsync(cancellationToken) is { } stream && await SendPendingAsync(stream, cancellationToken) && RolloverDue(stream))
        {
            await RollOverAsync(stream, cancellationToken);
        }
    }

    /// <summary>Ends the call's audio and waits (bounded) for the last results.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (Mode == SttMode.Streaming && await FinishStreamAsync(cancellationToken))
        {
            return;
        }

        if (_chunk is { } chunk)
        {
            await chunk.CompleteAsync(_options.CompletionTimeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        StreamLease? stream;
        lock (_gate)
        {
            stream = _stream;
            _stream = null;
        }

        if (stream is not null)
        {
            await stream.DisposeAsync();
        }

        await Task.WhenAny(Task.WhenAll(_draining), Task.Delay(_options.CompletionTimeout));
        _lifetime.Dispose();
    }

    /// <summary>
    /// Sends the rest to a stream and waits for its last results, trying each model once more if a stream
    /// fails at the end; false when that failed and chunk mode must finish the call.
    /// </summary>
    private async Task<bool> FinishStreamAsync(CancellationToken cancellationToken)
    {
        var finished = false;
        for (var attempt = 0; !finished && Mode == SttMode.Streaming && attempt <= _models.Count; attempt++)
        {
            var stream = await CurrentOrNewStreamAsync(cancellationToken, ignoreBackoff: true);
            finished = stream is not null && await SendPendingAsync(stream, cancellationToken) && await CompleteStreamAsync(stream, cancellationToken);
        }

        await Task.WhenAny(Task.WhenAll(_draining), Task.Delay(_options.CompletionTimeout, cancellationToken));
        if (finished || Mode == SttMode.Chunk)
        {
            return finished;
        }

        _logger.FinishingInChunkMode(_callSid);
        SwitchToChunk();
        return false;
    }

    private async Task<bool> CompleteStreamAsync(StreamLease stream, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.CompletionTimeout);
            await stream.Stream.CompleteAsync(timeout.Token);
            await stream.Reader.WaitAsync(timeout.Token);
            return stream.Accepting;
        }
        catch (Exception error) when (error is OperationCanceledException or SpeechRecognitionException or InvalidOperationException)
        {
            _logger.SpeechStreamFailed(_callSid, error);
            return false;
        }
    }

    private async Task<StreamLease?> CurrentOrNewStreamAsync(CancellationToken cancellationToken, bool ignoreBackoff = false)
    {
        long offset;
        string model;
        lock (_gate)
        {
            if (_stream is { } current)
            {
                return current;
            }

            if (_chunk is not null || (!ignoreBackoff && _clock.GetUtcNow() < _retryAt))
            {
                return null;
            }

            offset = _acceptedUntil;
            model = _models[_modelIndex];
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_lifetime.Token);
        ISpeechRecognitionStream opened;
        try
        {
            opened = await _recognizer.OpenStreamAsync(new SpeechStreamRequest(model), cancellation.Token);
        }
        catch (SpeechRecognitionException error)
        {
            cancellation.Dispose();
            OnStreamFailed(null, error);
            return null;
        }

        var stream = new StreamLease(opened, cancellation, offset, _clock.GetUtcNow());
        lock (_gate)
        {
            _stream = stream;
        }

        Stats.StreamsOpened++;
        _logger.SpeechStreamOpened(_callSid, TimeSpan.FromSeconds(offset / (double)BytesPerSecond));
        stream.Reader = ReadResultsAsync(stream);
        return stream;
    }

    private async Task<bool> SendPendingAsync(StreamLease stream, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> pending;
        lock (_gate)
        {
            pending = _audio.From(stream.SentUntil);
        }

        if (pending.IsEmpty)
        {
            return true;
        }

        try
        {
            await stream.Stream.SendAudioAsync(pending, cancellationToken);
            stream.SentUntil += pending.Length;
            return true;
        }
        catch (Exception error) when (error is SpeechRecognitionException or OperationCanceledException or InvalidOperationException or ObjectDisposedException)
        {
            _logger.SpeechStreamWriteFailed(_callSid, error);
            await OnWriteFailedAsync(stream, error);
            return false;
        }
    }

    /// <summary>
    /// A failed write only says that the call is over; why (a rejected model, the time limit) comes with
    /// the status the reader gets. So the reader, given a moment, decides; the write error is the fallback.
    /// </summary>
    private async Task OnWriteFailedAsync(StreamLease stream, Exception error)
    {
        await Task.WhenAny(stream.Reader, Task.Delay(WriteFailureGrace));
        OnStreamFailed(stream, error as SpeechRecognitionException
            ?? new SpeechRecognitionException(SpeechRecognitionErrorKind.Other, statusCode: 0, error.Message, error));
    }

    private bool RolloverDue(StreamLease stream)
    {
        var age = stream.Age(_clock.GetUtcNow());
        lock (_gate)
        {
            return age >= _options.RolloverDeadline || (age >= _options.RolloverAfter && !_inSpeech);
        }
    }

    private async Task RollOverAsync(StreamLease old, CancellationToken cancellationToken)
    {
        bool duringSpeech;
        lock (_gate)
        {
            if (!ReferenceEquals(_stream, old))
            {
                return;
            }

            _stream = null;
            old.Accepting = false;
            duringSpeech = _inSpeech;
        }

        Stats.Rollovers++;
        Stats.RolloversDuringSpeech += duringSpeech ? 1 : 0;
        _metrics.Rollover(duringSpeech);
        _logger.SpeechStreamRolledOver(_callSid, old.Age(_clock.GetUtcNow()), duringSpeech);
        _draining.Add(DrainAsync(old));
        if (await CurrentOrNewStreamAsync(cancellationToken, ignoreBackoff: true) is { } fresh)
        {
            await SendPendingAsync(fresh, cancellationToken);
        }
    }

    /// <summary>Half-closes a replaced stream and reads it until the provider closes it.</summary>
    private async Task DrainAsync(StreamLease old)
    {
        using var timeout = new CancellationTokenSource(_options.CompletionTimeout);
        try
        {
            await old.Stream.CompleteAsync(timeout.Token);
            await old.Reader.WaitAsync(timeout.Token);
        }
        catch (Exception error) when (error is OperationCanceledException or SpeechRecognitionException or InvalidOperationException or ObjectDisposedException)
        {
            _logger.SpeechStreamCancelled(_callSid);
        }
        finally
        {
            await old.DisposeAsync();
        }
    }

    private async Task ReadResultsAsync(StreamLease stream)
    {
        try
        {
            await foreach (var result in stream.Stream.ReadResultsAsync(stream.Cancellation.Token))
            {
                if (Accept(stream, result) is { } recognized)
                {
                    await _onRecognized(recognized);
                }
            }
        }
        catch (OperationCanceledException) when (stream.Cancellation.IsCancellationRequested)
        {
            _logger.SpeechStreamCancelled(_callSid);
        }
        catch (SpeechRecognitionException error)
        {
            OnStreamFailed(stream, error);
        }
        finally
        {
            lock (_gate)
            {
                if (ReferenceEquals(_stream, stream))
                {
                    _stream = null;
                }
            }
        }
    }

    private RecognizedSpeech? Accept(StreamLease stream, SpeechRecognitionResult result)
    {
        var end = stream.Offset + (long)Math.Round(result.ResultEndTime.TotalSeconds * BytesPerSecond);
        var callTime = TimeSpan.FromSeconds(end / (double)BytesPerSecond);
        lock (_gate)
        {
            if (!stream.Accepting)
            {
                return null;
            }

            if (!result.IsFinal)
            {
                _inSpeech = true;
                return new RecognizedSpeech(result.Transcript, IsFinal: false, result.Confidence, callTime);
            }

            if (end <= _acceptedUntil)
            {
                Stats.DuplicatesDropped++;
                _metrics.DuplicateDropped();
                return null;
            }

            _acceptedUntil = end;
            _audio.DiscardBefore(end);
            _inSpeech = false;
            _failures = 0;
            return new RecognizedSpeech(result.Transcript, IsFinal: true, result.Confidence, callTime);
        }
    }

    private void OnStreamFailed(StreamLease? stream, SpeechRecognitionException error)
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            if (stream is not null)
            {
                if (!ReferenceEquals(_stream, stream))
                {
                    return;
                }

                _stream = null;
                stream.Accepting = false;
            }

            Stats.Reconnects++;
            _metrics.Reconnect(error.Kind.ToString());
            if (error.Kind is SpeechRecognitionErrorKind.StreamDurationExceeded or SpeechRecognitionErrorKind.AudioTimeout)
            {
                _logger.SpeechStreamEndedRoutinely(_callSid, error.Kind);
                return;
            }

            if (error.IsUnsupportedModel && _modelIndex + 1 < _models.Count)
            {
                if (_modelsRejected.Add(_models[_modelIndex]))
                {
                    _logger.SpeechModelRejected(_callSid, _models[_modelIndex], _models[_modelIndex + 1], error.ProviderMessage);
                }

                _modelIndex++;
                return;
            }

            if (stream is not null && stream.Age(now) >= _options.HealthyStreamAge)
            {
                _failures = 0;
            }

            _failures++;
            var backoff = TimeSpan.FromTicks(Math.Min(_options.MaxReconnectBackoff.Ticks, _options.ReconnectBackoff.Ticks << Math.Min(_failures - 1, 16)));
            _retryAt = now + backoff;
            _logger.SpeechStreamFailed(_callSid, error);
            if (_options.MaxConsecutiveStreamFailures == 0 || _failures < _options.MaxConsecutiveStreamFailures)
            {
                return;
            }
        }

        _logger.FellBackToChunkMode(_callSid, _failures);
        SwitchToChunk();
    }

    private void SwitchToChunk()
    {
        lock (_gate)
        {
            if (_chunk is not null)
            {
                return;
            }

            _chunk = NewChunkRecognition(_acceptedUntil);
            _chunk.Push(_audio.From(_acceptedUntil).Span);
            _audio.DiscardBefore(_audio.End);
            Stats.FellBackToChunk = true;
        }

        _metrics.FellBackToChunk();
    }

    private ChunkRecognition NewChunkRecognition(long startPosition) =>
        new(_transcriber, _options, startPosition, _onRecognized, _logger, _callSid, _lifetime.Token);

    private static ReadOnlySpan<byte> Silence(int length)
    {
        var silence = new byte[length];
        silence.AsSpan().Fill(MuLaw.Silence);
        return silence;
    }
}
