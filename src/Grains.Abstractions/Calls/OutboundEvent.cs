namespace GrandBy.Calls;

/// <summary>One thing to send to the caller's socket: audio, a mark, a clear, or the end of the call.</summary>
[GenerateSerializer, Immutable, Alias("grandby.outbound-event")]
public sealed record OutboundEvent(
    [property: Id(0)] OutboundEventKind Kind,
    [property: Id(1)] byte[]? Mulaw = null,
    [property: Id(2)] string? MarkName = null)
{
    /// <summary>Audio to play after what is already queued.</summary>
    public static OutboundEvent Audio(byte[] mulaw) => new(OutboundEventKind.Audio, Mulaw: mulaw);

    /// <summary>A mark named <paramref name="name"/>.</summary>
    public static OutboundEvent Mark(string name) => new(OutboundEventKind.Mark, MarkName: name);

    /// <summary>Drop queued audio.</summary>
    public static OutboundEvent Clear { get; } = new(OutboundEventKind.Clear);

    /// <summary>End the call.</summary>
    public static OutboundEvent HangUp { get; } = new(OutboundEventKind.HangUp);
}
