namespace GrandBy.CallerSimulator.Recording;

/// <summary>The gateway sent a mark; it will be echoed once the audio before it has played.</summary>
public sealed record MarkReceived(string Name, TimeSpan At) : CallerEvent(At);
