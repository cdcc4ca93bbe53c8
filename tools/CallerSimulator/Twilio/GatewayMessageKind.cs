namespace GrandBy.CallerSimulator.Twilio;

/// <summary>The messages a Media Streams server may send to Twilio on a bidirectional stream.</summary>
public enum GatewayMessageKind
{
    Media,
    Mark,
    Clear,
}
