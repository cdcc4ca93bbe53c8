using GrandBy.Clips;

namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>
/// Where a stream's audio agrees with a clip: clip bytes [<see cref="ClipStart"/>, <see cref="ClipEnd"/>)
/// heard at stream bytes [<see cref="StreamStart"/>, <see cref="StreamEnd"/>).
/// </summary>
public sealed record ClipMatch(Clip Clip, int ClipStart, int ClipEnd, long StreamStart, long StreamEnd)
{
    /// <summary>Share of the clip heard, 0..1.</summary>
    public double HeardFraction => (double)(ClipEnd - ClipStart) / Clip.Audio.Length;

    public bool IsWholeClip => ClipStart == 0 && ClipEnd == Clip.Audio.Length;
}
