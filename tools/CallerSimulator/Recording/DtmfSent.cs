namespace GrandBy.CallerSimulator.Recording;

/// <summary>The caller pressed a key.</summary>
public sealed record DtmfSent(string Digit, TimeSpan At) : CallerEvent(At);
