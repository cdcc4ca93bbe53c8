namespace GrandBy.SpeechEmulator.Transcription;

/// <summary><c>{"error":{"message":…,"type":…,"param":…,"code":…}}</c></summary>
internal sealed record OpenAiErrorResponse(OpenAiError Error);
