namespace GrandBy.SpeechEmulator.Recognition;

public readonly record struct ClipMatchEvent(ClipMatchEventKind Kind, ClipMatch Match);
