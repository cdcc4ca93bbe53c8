namespace GrandBy.CallerSimulator.Recording;

/// <summary>The playback buffer ran out: everything received so far has been played (or cleared).</summary>
public sealed record PlaybackDrained(long PlayedBytes, TimeSpan At) : CallerEvent(At);
