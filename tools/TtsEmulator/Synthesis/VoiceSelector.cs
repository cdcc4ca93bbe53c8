namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>Turns the <see cref="TtsEmulatorOptions.Voice"/> setting into a voice; <c>auto</c> prefers espeak-ng when it and sox are installed.</summary>
internal static class VoiceSelector
{
    public static IVoice Select(TtsEmulatorOptions options) => options.Voice switch
    {
        VoiceKinds.Espeak => new EspeakVoice(options.EspeakTimeout),
        VoiceKinds.Synthetic => new SyntheticVoice(),
        _ when ExecutableSearch.IsOnPath("espeak-ng") && ExecutableSearch.IsOnPath("sox") => new EspeakVoice(options.EspeakTimeout),
        _ => new SyntheticVoice(),
    };
}
