namespace GrandBy.Calls;

/// <summary>Where a call is in its life.</summary>
[GenerateSerializer, Alias("grandby.call-status")]
public enum CallStatus
{
    /// <summary>No stream has attached yet.</summary>
    New,

    /// <summary>A stream is attached and the conversation is going on.</summary>
    Active,

    /// <summary>The socket was lost; the call waits for a new stream.</summary>
    Detached,

    /// <summary>The call is over.</summary>
    Ended,
}
