namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>The <c>error</c> object of an OpenAI error response.</summary>
internal sealed record OpenAiError(string Message, string Type, string? Param, string? Code);
