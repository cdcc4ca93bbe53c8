namespace GrandBy.Gateway.MediaStreams;

/// <summary>The parts of Twilio's <c>start</c> message the gateway uses.</summary>
public sealed record StreamStartInfo(
    string StreamSid,
    string CallSid,
    string AccountSid,
    IReadOnlyDictionary<string, string> CustomParameters,
    string Encoding,
    int SampleRate,
    int Channels);
