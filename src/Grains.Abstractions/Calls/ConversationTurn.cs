namespace GrandBy.Calls;

/// <summary>
/// One turn of the conversation. For the agent, <paramref name="Sentences"/> lists what was said
/// sentence by sentence and whether the caller's phone reported it played (a mark came back).
/// </summary>
[GenerateSerializer, Immutable, Alias("grandby.conversation-turn")]
public sealed record ConversationTurn(
    [property: Id(0)] int Index,
    [property: Id(1)] Speaker Speaker,
    [property: Id(2)] string Text,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] IReadOnlyList<SpokenSentence> Sentences);
