namespace GrandBy.Calls;

/// <summary>A sentence the agent sent, and whether the caller's side reported it played.</summary>
[GenerateSerializer, Immutable, Alias("grandby.spoken-sentence")]
public sealed record SpokenSentence([property: Id(0)] string Text, [property: Id(1)] bool Played);
