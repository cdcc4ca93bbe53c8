namespace GrandBy.Grains.Stt;

/// <summary>A stretch of speech as call positions: bytes since the call's first byte, 8000 per second.</summary>
public readonly record struct Utterance(long Start, long End);
