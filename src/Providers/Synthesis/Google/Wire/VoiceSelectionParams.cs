namespace GrandBy.Providers.Synthesis.Google.Wire;

internal sealed record VoiceSelectionParams(string LanguageCode, string? Name);
