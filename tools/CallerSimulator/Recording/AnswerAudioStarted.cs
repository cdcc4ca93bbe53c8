namespace GrandBy.CallerSimulator.Recording;

/// <summary>
/// The first answer audio of a turn arrived, <see cref="Latency"/> after the caller's last frame
/// (for the opening turn 0, after <c>start</c>).
/// </summary>
public sealed record AnswerAudioStarted(int TurnIndex, TimeSpan Latency, TimeSpan At) : CallerEvent(At);
