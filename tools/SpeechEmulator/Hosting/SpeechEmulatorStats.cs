namespace GrandBy.SpeechEmulator.Hosting;

/// <summary>Running counts of what the emulator did, for assertions and fault injection.</summary>
public sealed class SpeechEmulatorStats
{
    private long _streamsStarted;
    private long _streamsCompleted;
    private long _streamsFailed;
    private long _interimResults;
    private long _finalResults;
    private long _audioBytes;
    private long _faultsInjected;
    private long _transcriptions;
    private long _transcriptionsRejected;

    public long StreamsStarted => Interlocked.Read(ref _streamsStarted);

    /// <summary>Streams that ended with OK after the client half-closed.</summary>
    public long StreamsCompleted => Interlocked.Read(ref _streamsCompleted);

    /// <summary>Streams that ended with an error status (including client cancellation).</summary>
    public long StreamsFailed => Interlocked.Read(ref _streamsFailed);

    public long StreamsActive => StreamsStarted - StreamsCompleted - StreamsFailed;

    public long InterimResults => Interlocked.Read(ref _interimResults);

    public long FinalResults => Interlocked.Read(ref _finalResults);

    public long AudioBytes => Interlocked.Read(ref _audioBytes);

    /// <summary>Streams ended by <see cref="SpeechEmulatorFaults"/>; they count in <see cref="StreamsFailed"/> too.</summary>
    public long FaultsInjected => Interlocked.Read(ref _faultsInjected);

    /// <summary>Requests to the transcription endpoint, answered or rejected.</summary>
    public long Transcriptions => Interlocked.Read(ref _transcriptions);

    /// <summary>Transcription requests answered with an error (bad key, file or format).</summary>
    public long TranscriptionsRejected => Interlocked.Read(ref _transcriptionsRejected);

    /// <summary>Raised after every final result is written, with its transcript.</summary>
    public event Action<string>? FinalResultSent;

    internal void StreamStarted() => Interlocked.Increment(ref _streamsStarted);

    internal void StreamCompleted() => Interlocked.Increment(ref _streamsCompleted);

    internal void StreamFailed() => Interlocked.Increment(ref _streamsFailed);

    internal void InterimResultSent() => Interlocked.Increment(ref _interimResults);

    internal void FaultInjected() => Interlocked.Increment(ref _faultsInjected);

    internal void TranscriptionReceived() => Interlocked.Increment(ref _transcriptions);

    internal void TranscriptionRejected() => Interlocked.Increment(ref _transcriptionsRejected);

    internal void AudioReceived(int bytes) => Interlocked.Add(ref _audioBytes, bytes);

    internal void FinalSent(string transcript)
    {
        Interlocked.Increment(ref _finalResults);
        FinalResultSent?.Invoke(transcript);
    }
}
