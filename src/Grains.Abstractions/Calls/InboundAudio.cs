namespace GrandBy.Calls;

/// <summary>
/// A batch of caller audio (8 kHz mu-law, as Twilio sent it). <paramref name="FirstChunk"/> is Twilio's
/// chunk number of the batch's first frame, so a re-sent batch can be recognised.
/// </summary>
[GenerateSerializer, Immutable, Alias("grandby.inbound-audio")]
public sealed record InboundAudio(
    [property: Id(0)] int Epoch,
    [property: Id(1)] long FirstChunk,
    [property: Id(2)] byte[] Mulaw);
