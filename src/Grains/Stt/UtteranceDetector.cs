using GrandBy.Grains.Audio;

namespace GrandBy.Grains.Stt;

/// <summary>
/// Finds utterances in phone audio by frame energy: speech starts at the first loud 20 ms frame (less
/// a pre-roll) and ends after a run of quiet frames, as the seed's chunk mode did.
/// </summary>
public sealed class UtteranceDetector(SttOptions options, long startPosition)
{
    private const int FrameBytes = 160;
    private readonly byte[] _frame = new byte[FrameBytes];
    private readonly int _silenceFrames = Math.Max(1, (int)(options.ChunkSilence.TotalSeconds * 8000 / FrameBytes));
    private readonly long _preRollBytes = (long)(options.ChunkPreRoll.TotalSeconds * 8000);
    private readonly long _maxUtteranceBytes = (long)(options.ChunkMaxUtterance.TotalSeconds * 8000);
    private int _framed;
    private readonly long _origin = startPosition;
    private long _position = startPosition;
    private long? _speechStart;
    private long _lastSpeechEnd;
    private int _quietFrames;

    /// <summary>Where the audio still needed starts: the open utterance, or the pre-roll before now.</summary>
    public long RetainFrom => _speechStart ?? Math.Max(_origin, _position - _framed - _preRollBytes);

    /// <summary>Feeds audio and returns the utterances it completed, as call positions [Start, End).</summary>
    public IReadOnlyList<Utterance> Push(ReadOnlySpan<byte> audio)
    {
        List<Utterance>? done = null;
        while (!audio.IsEmpty)
        {
            var take = Math.Min(FrameBytes - _framed, audio.Length);
            audio[..take].CopyTo(_frame.AsSpan(_framed));
            audio = audio[take..];
            _framed += take;
            if (_framed == FrameBytes)
            {
                _framed = 0;
                _position += FrameBytes;
                if (OnFrame() is { } utterance)
                {
                    (done ??= []).Add(utterance);
                }
            }
        }

        return done ?? (IReadOnlyList<Utterance>)[];
    }

    /// <summary>Ends the audio: the open utterance, if any, is complete.</summary>
    public Utterance? Flush()
    {
        if (_speechStart is not { } start)
        {
            return null;
        }

        _speechStart = null;
        return new Utterance(start, _lastSpeechEnd);
    }

    private Utterance? OnFrame()
    {
        var loud = MuLaw.MeanAmplitude(_frame) >= options.ChunkSpeechThreshold;
        if (loud)
        {
            _speechStart ??= Math.Max(_origin, _position - FrameBytes - _preRollBytes);
            _lastSpeechEnd = _position;
            _quietFrames = 0;
        }
        else if (_speechStart is not null)
        {
            _quietFrames++;
        }

        if (_speechStart is { } start && (_quietFrames >= _silenceFrames || _position - start >= _maxUtteranceBytes))
        {
            _speechStart = null;
            _quietFrames = 0;
            return new Utterance(start, loud ? _position : _lastSpeechEnd);
        }

        return null;
    }
}
