namespace GrandBy.CallerSimulator.Recording;

/// <summary>The caller sent <c>stop</c> and closed the socket.</summary>
public sealed record HungUp(TimeSpan At) : CallerEvent(At);
