using GrandBy.Clips;

namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>The mutable state of the match a <see cref="StreamingClipMatcher"/> is following.</summary>
internal sealed class ActiveMatch(Clip clip, long delta, int clipStart, int clipEnd, long streamStart, long streamEnd)
{
    public Clip Clip { get; } = clip;

    /// <summary>Clip offset minus stream position for the alignment being followed.</summary>
    public long Delta { get; set; } = delta;

    public int ClipStart { get; } = clipStart;

    public int ClipEnd { get; set; } = clipEnd;

    public long StreamStart { get; } = streamStart;

    public long StreamEnd { get; set; } = streamEnd;

    /// <summary>False once a byte disagreed with the alignment; the index may pick the clip up again.</summary>
    public bool Tracking { get; set; } = true;

    /// <summary>False when bytes matched since the last event.</summary>
    public bool Reported { get; set; } = true;

    public ClipMatch Snapshot() => new(Clip, ClipStart, ClipEnd, StreamStart, StreamEnd);
}
