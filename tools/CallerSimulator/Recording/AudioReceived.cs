namespace GrandBy.CallerSimulator.Recording;

/// <summary>A <c>media</c> message from the gateway: its audio joins the playback buffer.</summary>
public sealed record AudioReceived(int TurnIndex, int Bytes, TimeSpan At) : CallerEvent(At);
