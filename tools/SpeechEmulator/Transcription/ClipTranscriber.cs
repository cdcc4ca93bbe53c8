using GrandBy.SpeechEmulator.Recognition;

namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>
/// Batch recognition over the streaming matcher: the whole file is fed as one stream and completed,
/// and every final becomes a segment, with punctuation as written (Whisper punctuates).
/// </summary>
public sealed class ClipTranscriber(ClipMatcher matcher)
{
    private const long TicksPerByte = TimeSpan.TicksPerSecond / 8000;

    /// <param name="muLaw">8 kHz mu-law audio.</param>
    /// <param name="languagePrefix">Start of the clips' language code, such as Whisper's <c>ko</c>.</param>
    /// <param name="endpointSilence">Audio time of non-matching audio that ends an utterance.</param>
    public Transcript Transcribe(ReadOnlySpan<byte> muLaw, string languagePrefix, TimeSpan endpointSilence)
    {
        var stream = matcher.CreateStreamForLanguagePrefix((int)Math.Max(1, endpointSilence.Ticks / TicksPerByte), languagePrefix);
        var events = new List<ClipMatchEvent>();
        stream.Feed(muLaw, events);
        stream.Complete(events);

        var segments = new List<TranscriptSegment>();
        foreach (var matchEvent in events)
        {
            var text = matchEvent.Kind == ClipMatchEventKind.Ended ? ClipTranscript.Heard(matchEvent.Match, automaticPunctuation: true) : string.Empty;
            if (text.Length > 0)
            {
                segments.Add(new TranscriptSegment(text, AudioTime(matchEvent.Match.StreamStart), AudioTime(matchEvent.Match.StreamEnd)));
            }
        }

        return new Transcript(string.Join(' ', segments.Select(s => s.Text)), segments, AudioTime(muLaw.Length));
    }

    private static TimeSpan AudioTime(long bytes) => TimeSpan.FromTicks(bytes * TicksPerByte);
}
