namespace GrandBy.Grains.Calls;

/// <summary>One synthesised sentence of an answer, released in sentence order.</summary>
[GenerateSerializer, Immutable, Alias("grandby.answer-sentence")]
public sealed record AnswerSentence(
    [property: Id(0)] int AnswerId,
    [property: Id(1)] int Index,
    [property: Id(2)] string Text,
    [property: Id(3)] byte[] Mulaw);
