using GrandBy.Clips;

namespace GrandBy.Demo.Recognition;

/// <summary>A caller's side of a call built from library clips and silence, with where each utterance sits.</summary>
public sealed class CallAudio
{
    private const byte Silence = 0xFF;
    private readonly List<byte> _audio = [];
    private readonly List<ExpectedUtterance> _utterances = [];

    public static ClipLibrary Library { get; } = ClipLibrary.Load(ClipLibrary.DefaultDirectory);

    public IReadOnlyList<ExpectedUtterance> Utterances => _utterances;

    public byte[] Bytes => [.. _audio];

    public TimeSpan Duration => TimeSpan.FromSeconds(_audio.Count / 8000.0);

    public CallAudio Pause(TimeSpan duration)
    {
        _audio.AddRange(Enumerable.Repeat(Silence, (int)(duration.TotalSeconds * 8000)));
        return this;
    }

    /// <summary>Silence up to <paramref name="at"/> of call time.</summary>
    public CallAudio PauseUntil(TimeSpan at) => Pause(at - Duration);

    public CallAudio Say(string clipId)
    {
        var clip = Library.Get(clipId);
        var start = Duration;
        _audio.AddRange(clip.Audio);
        _utterances.Add(new ExpectedUtterance(clip.Text, start, Duration));
        return this;
    }
}
