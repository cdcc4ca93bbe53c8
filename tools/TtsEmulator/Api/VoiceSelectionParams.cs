namespace GrandBy.TtsEmulator.Api;

/// <summary><c>voice</c>: <c>languageCode</c> is required, <c>name</c> and <c>ssmlGender</c> are optional.</summary>
internal sealed record VoiceSelectionParams(string? LanguageCode, string? Name, string? SsmlGender);
