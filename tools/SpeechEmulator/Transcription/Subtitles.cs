using System.Globalization;
using System.Text;

namespace GrandBy.SpeechEmulator.Transcription;

/// <summary>Whisper's <c>srt</c> and <c>vtt</c> responses: one cue per segment.</summary>
internal static class Subtitles
{
    public static string Srt(Transcript transcript) => Cues(transcript, header: null, numbered: true, separator: ',');

    public static string Vtt(Transcript transcript) => Cues(transcript, header: "WEBVTT\n\n", numbered: false, separator: '.');

    private static string Cues(Transcript transcript, string? header, bool numbered, char separator)
    {
        var text = new StringBuilder(header);
        for (var i = 0; i < transcript.Segments.Count; i++)
        {
            var segment = transcript.Segments[i];
            if (numbered)
            {
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"{Time(segment.Start, separator)} --> {Time(segment.End, separator)}\n{segment.Text}\n\n");
        }

        return text.ToString();
    }

    private static string Time(TimeSpan time, char separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}{separator}{time.Milliseconds:000}");
}
