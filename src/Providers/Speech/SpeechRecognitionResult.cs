namespace GrandBy.Providers.Speech;

/// <summary>An interim or final hypothesis; <paramref name="ResultEndTime"/> is relative to the start of its stream's audio.</summary>
public sealed record SpeechRecognitionResult(
    string Transcript,
    bool IsFinal,
    float Stability,
    float Confidence,
    TimeSpan ResultEndTime,
    string LanguageCode);
