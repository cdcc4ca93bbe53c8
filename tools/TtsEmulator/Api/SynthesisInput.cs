namespace GrandBy.TtsEmulator.Api;

/// <summary><c>input</c>: exactly one of <c>text</c> or <c>ssml</c>.</summary>
internal sealed record SynthesisInput(string? Text, string? Ssml);
