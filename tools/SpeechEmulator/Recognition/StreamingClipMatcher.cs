namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>
/// Follows one stream byte by byte against a <see cref="ClipMatcher"/>: the rolling hash of the last
/// window is looked up at every position, so batching and alignment don't matter. A hit is extended
/// backwards to where the clip audio began and then followed byte for byte; the match ends after
/// <c>endpointBytes</c> of audio that does not continue it. Pure and deterministic: stream time is
/// the byte count.
/// </summary>
public sealed class StreamingClipMatcher
{
    private readonly ClipMatcher _matcher;
    private readonly int _endpointBytes;
    private readonly string? _languageCode;
    private readonly bool _languageIsPrefix;
    private readonly AudioHistory _history;
    private readonly byte[] _window;
    private ulong _hash;
    private ActiveMatch? _match;
    private long _previousMatchEnd;

    internal StreamingClipMatcher(ClipMatcher matcher, int endpointBytes, string? languageCode, bool languageIsPrefix)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(endpointBytes, 1);
        _matcher = matcher;
        _endpointBytes = endpointBytes;
        _languageCode = languageCode;
        _languageIsPrefix = languageIsPrefix;
        _history = new AudioHistory(Math.Max(matcher.LongestClipBytes + matcher.WindowBytes, 2 * matcher.WindowBytes));
        _window = new byte[matcher.WindowBytes];
    }

    /// <summary>Bytes received so far.</summary>
    public long Position => _history.Length;

    public void Feed(ReadOnlySpan<byte> audio, ICollection<ClipMatchEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var value in audio)
        {
            Step(value, events);
        }

        if (_match is { Reported: false } match)
        {
            match.Reported = true;
            events.Add(new ClipMatchEvent(ClipMatchEventKind.Progressed, match.Snapshot()));
        }
    }

    /// <summary>The stream is over: ends the match in progress, if any.</summary>
    public void Complete(ICollection<ClipMatchEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (_match is not null)
        {
            End(events);
        }
    }

    private void Step(byte value, ICollection<ClipMatchEvent> events)
    {
        var position = _history.Length;
        var windowBytes = _matcher.WindowBytes;
        byte? outgoing = position >= windowBytes ? _history[position - windowBytes] : null;
        _history.Append(value);
        _hash = _matcher.Hash.Slide(_hash, value, outgoing);

        if (_match is { Tracking: true } tracked)
        {
            var expected = position + tracked.Delta;
            if (expected < tracked.Clip.Audio.Length && tracked.Clip.Audio[expected] == value)
            {
                tracked.ClipEnd = (int)expected + 1;
                tracked.StreamEnd = position + 1;
                tracked.Reported = false;
                return;
            }

            tracked.Tracking = false;
        }

        if (position + 1 >= windowBytes && TryLocateWindow(position + 1 - windowBytes, out var location))
        {
            Acquire(location, position + 1 - windowBytes, events);
            return;
        }

        if (_match is { } lost && position + 1 - lost.StreamEnd >= _endpointBytes)
        {
            End(events);
        }
    }

    private bool TryLocateWindow(long windowStart, out ClipLocation location)
    {
        if (!_matcher.TryGetCandidate(_hash, out location) || !AcceptsLanguage(location.Clip.LanguageCode))
        {
            return false;
        }

        for (var i = 0; i < _window.Length; i++)
        {
            _window[i] = _history[windowStart + i];
        }

        return _window.AsSpan().SequenceEqual(location.Clip.Audio.AsSpan(location.Offset, _window.Length));
    }

    private bool AcceptsLanguage(string clipLanguageCode) => _languageCode switch
    {
        null => true,
        _ when _languageIsPrefix => clipLanguageCode.StartsWith(_languageCode, StringComparison.OrdinalIgnoreCase),
        _ => string.Equals(clipLanguageCode, _languageCode, StringComparison.OrdinalIgnoreCase),
    };

    private void Acquire(ClipLocation location, long windowStart, ICollection<ClipMatchEvent> events)
    {
        var windowEnd = windowStart + _matcher.WindowBytes;
        var delta = location.Offset - windowStart;
        if (_match is { } current && ReferenceEquals(current.Clip, location.Clip) && location.Offset >= current.ClipEnd)
        {
            // The same utterance, further on: frames were dropped or delayed, or a byte was damaged.
            current.Delta = delta;
            current.ClipEnd = location.Offset + _matcher.WindowBytes;
            current.StreamEnd = windowEnd;
            current.Tracking = true;
            current.Reported = false;
            return;
        }

        if (_match is not null)
        {
            End(events);
        }

        var clip = location.Clip.Audio;
        var clipStart = location.Offset;
        var streamStart = windowStart;
        var floor = Math.Max(_previousMatchEnd, _history.Oldest);
        while (clipStart > 0 && streamStart > floor && _history[streamStart - 1] == clip[clipStart - 1])
        {
            clipStart--;
            streamStart--;
        }

        _match = new ActiveMatch(location.Clip, delta, clipStart, location.Offset + _matcher.WindowBytes, streamStart, windowEnd);
        events.Add(new ClipMatchEvent(ClipMatchEventKind.Started, _match.Snapshot()));
    }

    private void End(ICollection<ClipMatchEvent> events)
    {
        var match = _match!;
        _match = null;
        _previousMatchEnd = match.StreamEnd;
        events.Add(new ClipMatchEvent(ClipMatchEventKind.Ended, match.Snapshot()));
    }
}
