namespace GrandBy.Providers.Synthesis.Google.Wire;

internal sealed record SynthesizeSpeechRequest(SynthesisInput Input, VoiceSelectionParams Voice, AudioConfig AudioConfig);
