namespace GrandBy.Grains.Calls;

/// <summary>A transcript from the STT session; <paramref name="CallTimeEnd"/> is measured from the start of the call's audio.</summary>
[GenerateSerializer, Immutable, Alias("grandby.recognized-speech")]
public sealed record RecognizedSpeech(
    [property: Id(0)] string Transcript,
    [property: Id(1)] bool IsFinal,
    [property: Id(2)] float Confidence,
    [property: Id(3)] TimeSpan CallTimeEnd);
