namespace GrandBy.CallerSimulator.Calling;

/// <summary>What a frame of the caller's line carries: silence, or part of an utterance (maybe its first or last).</summary>
internal readonly record struct VoiceFrame(Utterance? Utterance, bool IsFirst, bool IsLast);
