namespace GrandBy.Gateway.MediaStreams;

/// <summary>The events Twilio sends on a media stream.</summary>
public enum MediaStreamEvent
{
    Connected,
    Start,
    Media,
    Mark,
    Dtmf,
    Stop,
}
