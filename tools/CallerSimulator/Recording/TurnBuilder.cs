namespace GrandBy.CallerSimulator.Recording;

/// <summary>A turn while it is going on; owned by <see cref="CallRecorder"/> under its lock.</summary>
internal sealed class TurnBuilder(int index, TimeSpan answerExpectedFrom)
{
    private readonly List<string> _marks = [];

    public int Index => index;

    public TimeSpan AnswerExpectedFrom => answerExpectedFrom;

    public string? ClipId { get; init; }

    public string? Text { get; init; }

    public TimeSpan? SpeechStartedAt { get; init; }

    public TimeSpan? SpeechEndedAt { get; init; }

    public TimeSpan? Latency { get; set; }

    public long BytesReceived { get; set; }

    public long BytesDropped { get; set; }

    public void AddMark(string name) => _marks.Add(name);

    public CallTurn ToTurn() =>
        new(index, ClipId, Text, SpeechStartedAt, SpeechEndedAt, Latency, BytesReceived, BytesDropped, [.. _marks]);
}
