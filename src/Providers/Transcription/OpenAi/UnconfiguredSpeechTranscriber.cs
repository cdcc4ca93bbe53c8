namespace GrandBy.Providers.Transcription.OpenAi;

/// <summary>Stands in when <c>Transcription:Endpoint</c> is empty, so hosts that never use chunk mode need no settings.</summary>
internal sealed class UnconfiguredSpeechTranscriber : ISpeechTranscriber
{
    public const string Message =
        "Speech transcription is not configured: set Transcription__Endpoint (and Transcription__ApiKey, plus Transcription__Deployment for Azure OpenAI) to use chunk mode.";

    public Task<string> TranscribeAsync(ReadOnlyMemory<byte> mulaw, CancellationToken cancellationToken) =>
        Task.FromException<string>(new InvalidOperationException(Message));
}
