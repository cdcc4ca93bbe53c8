namespace GrandBy.Grains.Response;

/// <summary>A sentence with its audio, or with none when synthesis failed and it was skipped.</summary>
public sealed record SynthesizedSentence(int Index, string Text, byte[]? Mulaw);
