using System.Globalization;
using System.Text;
using GrandBy.TtsEmulator.Audio;

namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>
/// A fast, dependency-free stand-in for speech: one short tone per character (~70 ms at rate 1.0),
/// silence for spaces, so the audio length follows the text and the bytes never vary.
/// </summary>
internal sealed class SyntheticVoice : IVoice
{
    public const int SampleRate = 8000;
    private const double SecondsPerCharacter = 0.07;
    private const double Amplitude = 8000;
    private const int FadeSamples = 40;

    public string Name => VoiceKinds.Synthetic;

    public Task<byte[]> SpeakAsync(VoiceRequest request, CancellationToken cancellationToken)
    {
        var samplesPerCharacter = (int)Math.Round(SampleRate * SecondsPerCharacter / request.SpeakingRate);
        var pitchFactor = Math.Pow(2, request.Pitch / 12);
        var characters = StringInfo.GetTextElementEnumerator(request.Text);
        var output = new List<byte>(samplesPerCharacter * request.Text.Length);
        while (characters.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var element = characters.GetTextElement();
            Rune.DecodeFromUtf16(element, out var rune, out _);
            var frequency = Rune.IsWhiteSpace(rune) ? 0 : (300 + (rune.Value % 16 * 25)) * pitchFactor;
            AppendTone(output, frequency, samplesPerCharacter);
        }

        return Task.FromResult(output.ToArray());
    }

    private static void AppendTone(List<byte> output, double frequency, int sampleCount)
    {
        for (var i = 0; i < sampleCount; i++)
        {
            var envelope = Math.Min(1.0, Math.Min(i, sampleCount - 1 - i) / (double)FadeSamples);
            var value = frequency == 0 ? 0 : Amplitude * envelope * Math.Sin(2 * Math.PI * frequency * i / SampleRate);
            output.Add(MuLaw.Encode((short)Math.Round(value)));
        }
    }
}
