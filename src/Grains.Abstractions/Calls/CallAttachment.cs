namespace GrandBy.Calls;

/// <summary>The epoch a stream attached as, and whether it resumed a call that had already started.</summary>
[GenerateSerializer, Immutable, Alias("grandby.call-attachment")]
public sealed record CallAttachment([property: Id(0)] int Epoch, [property: Id(1)] bool Resumed);
