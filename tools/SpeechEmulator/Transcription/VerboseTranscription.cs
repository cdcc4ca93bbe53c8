namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>Whisper's <c>verbose_json</c> response; the language is the English name in lower case.</summary>
internal sealed record VerboseTranscription(string Task, string Language, double Duration, string Text, IReadOnlyList<VerboseSegment> Segments);
