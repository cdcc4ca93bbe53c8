namespace GrandBy.Grains.Calls;

/// <summary>How an answer ended and the sentences it released.</summary>
[GenerateSerializer, Immutable, Alias("grandby.answer-outcome")]
public sealed record AnswerOutcome(
    [property: Id(0)] int AnswerId,
    [property: Id(1)] AnswerEnd End,
    [property: Id(2)] IReadOnlyList<string> Sentences);
