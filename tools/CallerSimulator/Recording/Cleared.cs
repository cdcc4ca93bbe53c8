namespace GrandBy.CallerSimulator.Recording;

/// <summary>The gateway sent <c>clear</c>: unplayed audio dropped, pending marks released.</summary>
public sealed record Cleared(long DroppedBytes, TimeSpan At) : CallerEvent(At);
