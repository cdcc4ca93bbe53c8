namespace GrandBy.Gateway.MediaStreams;

/// <summary>
/// One parsed Twilio message. For <c>media</c> the audio itself was decoded into the caller's buffer;
/// <see cref="AudioLength"/> says how many bytes.
/// </summary>
public readonly record struct InboundFrame(
    MediaStreamEvent Event,
    string? StreamSid,
    long Chunk = 0,
    int AudioLength = 0,
    string? MarkName = null,
    string? Digit = null,
    StreamStartInfo? Start = null);
