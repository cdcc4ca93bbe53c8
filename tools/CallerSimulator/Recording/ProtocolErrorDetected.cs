namespace GrandBy.CallerSimulator.Recording;

/// <summary>The gateway sent something Twilio would reject (the Twilio error code is in the message).</summary>
public sealed record ProtocolErrorDetected(string Message, TimeSpan At) : CallerEvent(At);
