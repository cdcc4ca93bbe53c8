namespace GrandBy.Providers.Synthesis.Google.Wire;

internal sealed record AudioConfig(
    string AudioEncoding,
    int SampleRateHertz,
    double SpeakingRate,
    double Pitch,
    IReadOnlyList<string> EffectsProfileId);
