namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>What a voice needs to speak: plain text (SSML already reduced), language, rate and pitch.</summary>
internal sealed record VoiceRequest(string Text, string LanguageCode, double SpeakingRate, double Pitch);
