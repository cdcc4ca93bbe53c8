namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>Speaks text as raw 8 kHz mono mu-law bytes, the same bytes for the same request.</summary>
internal interface IVoice
{
    string Name { get; }

    Task<byte[]> SpeakAsync(VoiceRequest request, CancellationToken cancellationToken);
}
