using GrandBy.Calls;

namespace GrandBy.Grains.Calls;

/// <summary>What a call persists at turn boundaries, so a new activation on another silo can carry on.</summary>
[GenerateSerializer, Alias("grandby.call-state")]
public sealed class CallState
{
    [Id(0)] public CallStatus Status { get; set; } = CallStatus.New;

    [Id(1)] public int Epoch { get; set; }

    [Id(2)] public string? AccountSid { get; set; }

    [Id(3)] public string? StreamSid { get; set; }

    [Id(4)] public DateTimeOffset? StartedAt { get; set; }

    [Id(5)] public DateTimeOffset? EndedAt { get; set; }

    [Id(6)] public List<ConversationTurn> Turns { get; set; } = [];

    [Id(7)] public int NextAnswerId { get; set; }

    [Id(8)] public Dictionary<string, string> Parameters { get; set; } = [];
}
