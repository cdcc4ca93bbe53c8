namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>Which API a transcription request came through: the key travels differently.</summary>
internal enum TranscriptionRoute
{
    /// <summary><c>POST /v1/audio/transcriptions</c>, <c>Authorization: Bearer KEY</c>.</summary>
    OpenAi,

    /// <summary><c>POST /openai/deployments/{deployment}/audio/transcriptions</c>, <c>api-key: KEY</c>.</summary>
    Azure,
}
