using GrandBy.Calls;

namespace GrandBy.Grains.Calls;

/// <summary>The agent's answer being spoken: which sentences were sent and which the caller's phone reported played.</summary>
internal sealed class AnswerInProgress(int answerId, DateTimeOffset requestedAt)
{
    private readonly List<string> _sentences = [];
    private readonly HashSet<int> _played = [];

    public int AnswerId { get; } = answerId;

    public DateTimeOffset RequestedAt { get; } = requestedAt;

    public bool HasAudio => _sentences.Count > 0;

    public int? TurnIndex { get; set; }

    public bool AllPlayed => _played.Count == _sentences.Count;

    public void AddSentence(string text) => _sentences.Add(text);

    public void MarkPlayed(int sentenceIndex) => _played.Add(sentenceIndex);

    public IReadOnlyList<SpokenSentence> Sentences =>
        _sentences.Select((text, index) => new SpokenSentence(text, _played.Contains(index))).ToList();

    public string Text => string.Join(' ', _sentences);
}
