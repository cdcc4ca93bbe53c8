namespace GrandBy.TtsEmulator.Api;

/// <summary><c>audioConfig</c>; zero means "not set" for the numbers, as in proto3 JSON.</summary>
internal sealed record AudioConfig(
    string? AudioEncoding,
    double SpeakingRate,
    double Pitch,
    double VolumeGainDb,
    int SampleRateHertz,
    IReadOnlyList<string>? EffectsProfileId);
