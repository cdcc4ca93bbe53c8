namespace GrandBy.CallerSimulator.Recording;

/// <summary>Something that happened on the call, <see cref="At"/> time since the simulator began the call.</summary>
public abstract record CallerEvent(TimeSpan At);
