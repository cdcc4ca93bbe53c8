namespace GrandBy.Calls;

/// <summary>What Twilio's <c>start</c> message says about a new media stream.</summary>
[GenerateSerializer, Immutable, Alias("grandby.media-stream-start")]
public sealed record MediaStreamStart(
    [property: Id(0)] string StreamSid,
    [property: Id(1)] string AccountSid,
    [property: Id(2)] IReadOnlyDictionary<string, string> CustomParameters);
