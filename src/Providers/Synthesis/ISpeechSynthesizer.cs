namespace GrandBy.Providers.Synthesis;

/// <summary>Text-to-speech for the phone line.</summary>
public interface ISpeechSynthesizer
{
    /// <summary>Synthesises <paramref name="text"/> as raw 8 kHz mu-law bytes (no header).</summary>
    Task<byte[]> SynthesizeAsync(string text, CancellationToken cancellationToken);
}
