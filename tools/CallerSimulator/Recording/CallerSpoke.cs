namespace GrandBy.CallerSimulator.Recording;

/// <summary>The caller finished saying a clip: first frame sent at <see cref="StartedAt"/>, last at <see cref="EndedAt"/>.</summary>
public sealed record CallerSpoke(int TurnIndex, string ClipId, string Text, TimeSpan StartedAt, TimeSpan EndedAt) : CallerEvent(EndedAt);
