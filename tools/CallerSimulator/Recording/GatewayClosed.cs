namespace GrandBy.CallerSimulator.Recording;

/// <summary>The gateway closed the socket before the caller hung up.</summary>
public sealed record GatewayClosed(string Description, TimeSpan At) : CallerEvent(At);
