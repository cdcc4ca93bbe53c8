namespace GrandBy.Providers.Synthesis.Google.Wire;

/// <summary><c>audioContent</c> is base64 in JSON, which System.Text.Json decodes into bytes.</summary>
internal sealed record SynthesizeSpeechResponse(byte[]? AudioContent);
