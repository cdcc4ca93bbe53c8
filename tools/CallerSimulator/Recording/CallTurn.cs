namespace GrandBy.CallerSimulator.Recording;

/// <summary>
/// One exchange: what the caller said and the answer that followed, up to the caller's next clip.
/// Turn 0 is the opening: no clip, latency measured from <c>start</c>.
/// </summary>
public sealed record CallTurn(
    int Index,
    string? ClipId,
    string? Text,
    TimeSpan? SpeechStartedAt,
    TimeSpan? SpeechEndedAt,
    TimeSpan? Latency,
    long AnswerBytesReceived,
    long AnswerBytesDropped,
    IReadOnlyList<string> MarksEchoed)
{
    /// <summary>Answer audio that was played to the caller rather than dropped by a clear.</summary>
    public long AnswerBytesHeard => AnswerBytesReceived - AnswerBytesDropped;
}
