namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>What a whole file was recognised as: the segments' texts joined with a space.</summary>
public sealed record Transcript(string Text, IReadOnlyList<TranscriptSegment> Segments, TimeSpan Duration);
