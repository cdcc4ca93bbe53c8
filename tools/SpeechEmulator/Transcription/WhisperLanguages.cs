namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>The language names Whisper reports in <c>verbose_json</c> for the ISO-639-1 codes it is given.</summary>
internal static class WhisperLanguages
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ko"] = "korean",
        ["en"] = "english",
        ["ja"] = "japanese",
        ["zh"] = "chinese",
        ["es"] = "spanish",
        ["fr"] = "french",
        ["de"] = "german",
    };

    public static string NameOf(string language)
    {
        var code = language.Split('-', 2)[0];
        return Names.TryGetValue(code, out var name) ? name : code.ToLowerInvariant();
    }
}
