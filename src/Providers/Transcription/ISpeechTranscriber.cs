namespace GrandBy.Providers.Transcription;

/// <summary>Batch speech-to-text for one finished utterance (the runtime's chunk mode).</summary>
public interface ISpeechTranscriber
{
    /// <summary>
    /// Transcribes raw 8 kHz mono mu-law audio (no header) and returns the text, trimmed; empty when nothing was heard.
    /// Failures are thrown as <see cref="SpeechTranscriptionException"/>.
    /// </summary>
    Task<string> TranscribeAsync(ReadOnlyMemory<byte> mulaw, CancellationToken cancellationToken);
}
