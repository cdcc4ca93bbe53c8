using GrandBy.Clips;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>
/// The caller's side of the line: the clip being said, else digital silence (mu-law 0xFF), cut into
/// frames for the media pacer.
/// </summary>
internal sealed class CallerVoice
{
    public const byte Silence = 0xFF;

    private readonly Lock _gate = new();
    private Utterance? _current;

    public Utterance Say(Clip clip)
    {
        var utterance = new Utterance(clip);
        lock (_gate)
        {
            if (_current is not null)
            {
                throw new InvalidOperationException($"The caller is still saying '{_current.Clip.Id}'.");
            }

            _current = utterance;
        }

        return utterance;
    }

    /// <summary>Fills one frame with the next audio of the current clip, padded with silence, or with silence.</summary>
    public VoiceFrame Fill(Span<byte> frame)
    {
        lock (_gate)
        {
            if (_current is null)
            {
                frame.Fill(Silence);
                return default;
            }

            var utterance = _current;
            var audio = utterance.Clip.Audio.AsSpan(utterance.Offset);
            var count = Math.Min(audio.Length, frame.Length);
            audio[..count].CopyTo(frame);
            frame[count..].Fill(Silence);
            var isFirst = utterance.Offset == 0;
            utterance.Offset += count;
            var isLast = utterance.Offset >= utterance.Clip.Audio.Length;
            if (isLast)
            {
                _current = null;
            }

            return new VoiceFrame(utterance, isFirst, isLast);
        }
    }

    /// <summary>Stops saying the current clip, if any (the caller hung up).</summary>
    public void Abandon(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _current?.Abandon(cancellationToken);
            _current = null;
        }
    }
}
