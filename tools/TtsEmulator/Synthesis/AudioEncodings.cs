namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>The <c>audioConfig.audioEncoding</c> values the emulator produces; Google's others (MP3, OGG_OPUS, ALAW, PCM) get 400.</summary>
internal static class AudioEncodings
{
    public const string MuLaw = "MULAW";
    public const string Linear16 = "LINEAR16";

    /// <summary>The only rate the emulator produces; an unset (0) <c>sampleRateHertz</c> means this one.</summary>
    public const int SampleRate = 8000;
}
