namespace GrandBy.TtsEmulator;

/// <summary>The values of <see cref="TtsEmulatorOptions.Voice"/>.</summary>
public static class VoiceKinds
{
    public const string Auto = "auto";
    public const string Espeak = "espeak";
    public const string Synthetic = "synthetic";
}
