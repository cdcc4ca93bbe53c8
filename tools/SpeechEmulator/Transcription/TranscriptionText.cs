namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>Whisper's <c>json</c> response.</summary>
internal sealed record TranscriptionText(string Text);
