namespace GrandBy.Calls;

/// <summary>The kinds of <see cref="OutboundEvent"/>.</summary>
[GenerateSerializer, Alias("grandby.outbound-event-kind")]
public enum OutboundEventKind
{
    /// <summary>8 kHz mu-law audio to play.</summary>
    Audio,

    /// <summary>A mark to be echoed once the audio before it has played.</summary>
    Mark,

    /// <summary>Drop the audio still queued at Twilio.</summary>
    Clear,

    /// <summary>The call is over: close the socket.</summary>
    HangUp,
}
