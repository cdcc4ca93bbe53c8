namespace GrandBy.CallerSimulator.Recording;

/// <summary>A mark was echoed; <see cref="AfterClear"/> when a clear released it and its audio was not heard.</summary>
public sealed record MarkEchoed(string Name, bool AfterClear, TimeSpan At) : CallerEvent(At);
