using System.Diagnostics;
using System.Globalization;

namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>
/// Real (robotic) speech from <c>espeak-ng … --stdout | sox -D … -e mu-law -t raw -</c>. sox runs with
/// <c>-D</c> (no dither), so the same text gives the same bytes.
/// </summary>
internal sealed class EspeakVoice(TimeSpan timeout) : IVoice
{
    private const int DefaultWordsPerMinute = 175;
    private const int DefaultPitch = 50;

    public string Name => VoiceKinds.Espeak;

    public async Task<byte[]> SpeakAsync(VoiceRequest request, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var espeak = new ProcessStartInfo("espeak-ng");
        foreach (var argument in EspeakArguments(request))
        {
            espeak.ArgumentList.Add(argument);
        }

        var sox = new ProcessStartInfo("sox");
        foreach (var argument in (string[])["-D", "-t", "wav", "-", "-r", "8000", "-c", "1", "-e", "mu-law", "-t", "raw", "-"])
        {
            sox.ArgumentList.Add(argument);
        }

        try
        {
            return await ProcessPipe.RunAsync(espeak, sox, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"espeak-ng | sox took longer than {timeout}.");
        }
    }

    public static IReadOnlyList<string> EspeakArguments(VoiceRequest request)
    {
        var wordsPerMinute = (int)Math.Clamp(Math.Round(DefaultWordsPerMinute * request.SpeakingRate), 80, 450);
        var pitch = (int)Math.Clamp(Math.Round(DefaultPitch + (request.Pitch * 2.5)), 0, 99);
        return
        [
            "-v", EspeakLanguage(request.LanguageCode),
            "-s", wordsPerMinute.ToString(CultureInfo.InvariantCulture),
            "-p", pitch.ToString(CultureInfo.InvariantCulture),
            "--stdout",
            "--",
            request.Text,
        ];
    }

    /// <summary>Maps a BCP-47 code to an espeak-ng voice: regional English and Portuguese keep their region, Chinese is <c>cmn</c>, the rest use the language.</summary>
    public static string EspeakLanguage(string languageCode)
    {
        var code = languageCode.ToLowerInvariant();
        if (code is "en-us" or "en-gb" or "pt-br")
        {
            return code;
        }

        var language = code.Split('-')[0];
        return language == "zh" ? "cmn" : language;
    }
}
