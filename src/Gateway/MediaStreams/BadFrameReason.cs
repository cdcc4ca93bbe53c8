namespace GrandBy.Gateway.MediaStreams;

/// <summary>Why an inbound frame was refused; also the <c>reason</c> tag of the bad-frame counter.</summary>
public enum BadFrameReason
{
    NotJson,
    BinaryFrame,
    Oversized,
    MissingEvent,
    UnknownEvent,
    MissingField,
    BadAudio,
    UnsupportedFormat,
    MediaBeforeStart,
    WrongStreamSid,
    SecondStart,
}
