namespace GrandBy.CallerSimulator.Twilio;

/// <summary>One valid message from the gateway: audio to play, a mark to echo, or a clear.</summary>
public sealed record GatewayMessage(GatewayMessageKind Kind, byte[] Audio, string MarkName)
{
    public static GatewayMessage Media(byte[] audio) => new(GatewayMessageKind.Media, audio, string.Empty);

    public static GatewayMessage Mark(string name) => new(GatewayMessageKind.Mark, [], name);

    public static GatewayMessage Clear { get; } = new(GatewayMessageKind.Clear, [], string.Empty);
}
