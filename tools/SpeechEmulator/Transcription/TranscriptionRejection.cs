namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>A transcription request the endpoint refuses, with the HTTP status and OpenAI error fields to answer.</summary>
internal sealed class TranscriptionRejection(int httpStatus, string message, string? param, string? code) : Exception(message)
{
    public int HttpStatus { get; } = httpStatus;

    public string? Param { get; } = param;

    public string? Code { get; } = code;

    public OpenAiErrorResponse ToResponse() => new(new OpenAiError(Message, "invalid_request_error", Param, Code));
}
