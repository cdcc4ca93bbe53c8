namespace GrandBy.Calls;

/// <summary>
/// One phone call, keyed by its Twilio CallSid. The call outlives any one media stream: each socket
/// attaches as a new epoch, and messages from an older epoch are fenced off.
/// </summary>
public interface ICallGrain : IGrainWithStringKey
{
    /// <summary>Attaches a media stream to the call and starts the call on its first attach. A newer stream replaces an older one.</summary>
    Task<CallAttachment> AttachAsync(MediaStreamStart start);

    /// <summary>Caller audio from the attached stream, in arrival order. Returns false when the epoch is no longer current.</summary>
    Task<bool> PushAudioAsync(InboundAudio audio);

    /// <summary>Twilio echoed a mark: the audio queued before it has been played (or cleared).</summary>
    Task OnMarkEchoedAsync(int epoch, string markName);

    /// <summary>The caller pressed a key.</summary>
    Task OnDtmfAsync(int epoch, string digit);

    /// <summary>The media stream ended. A stop from Twilio ends the call; a lost socket leaves it open for a new stream for a grace period.</summary>
    Task OnStreamEndedAsync(int epoch, StreamEndReason reason);

    /// <summary>Everything to send to the caller on this epoch's socket, in order; completes when the epoch is replaced or the call ends.</summary>
    IAsyncEnumerable<OutboundEvent> ReadOutboundAsync(int epoch, CancellationToken cancellationToken = default);

    /// <summary>The call's metadata and conversation so far.</summary>
    Task<CallSnapshot> GetSnapshotAsync();
}
