namespace GrandBy.Calls;

/// <summary>A read-only view of a call for operators and tests.</summary>
[GenerateSerializer, Immutable, Alias("grandby.call-snapshot")]
public sealed record CallSnapshot(
    [property: Id(0)] string CallSid,
    [property: Id(1)] CallStatus Status,
    [property: Id(2)] int Epoch,
    [property: Id(3)] DateTimeOffset? StartedAt,
    [property: Id(4)] DateTimeOffset? EndedAt,
    [property: Id(5)] IReadOnlyList<ConversationTurn> Turns);
