namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>Everything that changes the audio bytes, used as the cache key.</summary>
internal sealed record SynthesisKey(string Text, string LanguageCode, string VoiceName, string AudioEncoding, double SpeakingRate, double Pitch);
