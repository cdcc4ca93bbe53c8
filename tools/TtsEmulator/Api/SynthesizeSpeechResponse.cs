namespace GrandBy.TtsEmulator.Api;

/// <summary><c>{"audioContent":"&lt;base64&gt;"}</c>; System.Text.Json writes a byte array as base64.</summary>
internal sealed record SynthesizeSpeechResponse(byte[] AudioContent);
