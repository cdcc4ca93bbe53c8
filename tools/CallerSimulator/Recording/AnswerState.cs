namespace GrandBy.CallerSimulator.Recording;

/// <summary>What the caller has heard of the current turn's answer, for deciding when it is over.</summary>
internal readonly record struct AnswerState(bool HasAnswer, TimeSpan? LastAudioAt, int PendingMarks);
