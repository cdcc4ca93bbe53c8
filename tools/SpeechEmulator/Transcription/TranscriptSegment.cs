namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>One recognised utterance of a transcription, placed in the file's audio time.</summary>
public sealed record TranscriptSegment(string Text, TimeSpan Start, TimeSpan End);
