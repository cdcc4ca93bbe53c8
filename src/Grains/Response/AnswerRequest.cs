using GrandBy.Calls;

namespace GrandBy.Grains.Response;

/// <summary>
/// An answer to speak: either <paramref name="FixedText"/> as it is (a greeting) or the model's reply
/// to <paramref name="Conversation"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("grandby.answer-request")]
public sealed record AnswerRequest(
    [property: Id(0)] int AnswerId,
    [property: Id(1)] IReadOnlyList<ConversationTurn> Conversation,
    [property: Id(2)] string? FixedText);
