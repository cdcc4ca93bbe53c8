namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>
/// A <c>verbose_json</c> segment with every field Whisper sends; the text starts with a space as
/// Whisper's does, and the decoder statistics are those of a confident, clean decode.
/// </summary>
internal sealed record VerboseSegment(
    int Id,
    int Seek,
    double Start,
    double End,
    string Text,
    IReadOnlyList<int> Tokens,
    double Temperature,
    double AvgLogprob,
    double CompressionRatio,
    double NoSpeechProb);
