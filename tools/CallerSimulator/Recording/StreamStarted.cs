namespace GrandBy.CallerSimulator.Recording;

/// <summary>The webhook answered, the socket is open and <c>start</c> has been sent.</summary>
public sealed record StreamStarted(string CallSid, string StreamSid, string StreamUrl, IReadOnlyDictionary<string, string> CustomParameters, TimeSpan At)
    : CallerEvent(At);
