namespace GrandBy.TtsEmulator.Api;

/// <summary>The JSON body of <c>POST /v1/text:synthesize</c>.</summary>
internal sealed record SynthesizeSpeechRequest(SynthesisInput? Input, VoiceSelectionParams? Voice, AudioConfig? AudioConfig);
