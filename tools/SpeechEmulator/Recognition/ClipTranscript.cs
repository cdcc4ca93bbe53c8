namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>
/// What a recogniser "heard" of a clip: its words in proportion to the share of its bytes matched.
/// Word <c>i</c> of <c>n</c> counts as heard once the match reaches <c>(i + 1) / n</c> of the clip.
/// </summary>
public static class ClipTranscript
{
    private static readonly char[] SentencePunctuation = ['.', ',', '?', '!'];

    public static string Heard(ClipMatch match, bool automaticPunctuation)
    {
        ArgumentNullException.ThrowIfNull(match);
        var words = match.Clip.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var length = match.Clip.Audio.Length;
        var end = match.ClipEnd >= length ? words.Length : (int)((long)words.Length * match.ClipEnd / length);
        var start = Math.Min(end, (int)((long)words.Length * match.ClipStart / length));
        var heard = words[start..end];
        if (!automaticPunctuation)
        {
            heard = [.. heard.Select(w => w.Trim(SentencePunctuation)).Where(w => w.Length > 0)];
        }

        return string.Join(' ', heard);
    }

    /// <summary>Interim stability, 0.1 at the start of a clip rising to 0.9 at its end.</summary>
    public static float Stability(ClipMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return MathF.Round(0.1f + (0.8f * (float)match.HeardFraction), 2);
    }
}
