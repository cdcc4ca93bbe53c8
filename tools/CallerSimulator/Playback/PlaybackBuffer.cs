namespace GrandBy.CallerSimulator.Playback;

/// <summary>
/// Twilio's outbound buffer as a caller hears it: audio plays back to back at 8000 bytes a second;
/// a mark falls due when all the audio queued before it has played (at once if none is queued); a
/// clear drops what has not played and makes every pending mark due at once. Marks come out in the
/// order they went in. Thread-safe; time comes from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class PlaybackBuffer
{
    public const int BytesPerSecond = 8000;

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly Queue<(string Name, TimeSpan DueAt, bool Cleared)> _marks = new();
    private TimeSpan _playedUntil;
    private long _receivedBytes;
    private long _droppedBytes;

    public PlaybackBuffer(TimeProvider time)
    {
        _time = time;
        _origin = time.GetTimestamp();
    }

    /// <summary>Audio given to the buffer, played or not.</summary>
    public long ReceivedBytes
    {
        get
        {
            lock (_gate)
            {
                return _receivedBytes;
            }
        }
    }

    /// <summary>Audio dropped by clears before it was played.</summary>
    public long DroppedBytes
    {
        get
        {
            lock (_gate)
            {
                return _droppedBytes;
            }
        }
    }

    /// <summary>Audio played so far (received, less dropped, less what is still waiting).</summary>
    public long PlayedBytes
    {
        get
        {
            lock (_gate)
            {
                return _receivedBytes - _droppedBytes - BytesOf(Remaining(Now));
            }
        }
    }

    /// <summary>Whether audio is playing now.</summary>
    public bool IsPlaying
    {
        get
        {
            lock (_gate)
            {
                return Remaining(Now) > TimeSpan.Zero;
            }
        }
    }

    /// <summary>Nothing left to play and no mark waiting to fall due or to be taken.</summary>
    public bool IsDrained
    {
        get
        {
            lock (_gate)
            {
                return Remaining(Now) <= TimeSpan.Zero && _marks.Count == 0;
            }
        }
    }

    /// <summary>
    /// How long until something changes (a mark falls due or the audio runs out), zero if a mark is due
    /// already, null if nothing is pending.
    /// </summary>
    public TimeSpan? NextChangeIn
    {
        get
        {
            lock (_gate)
            {
                var now = Now;
                if (_marks.TryPeek(out var mark))
                {
                    return mark.DueAt > now ? mark.DueAt - now : TimeSpan.Zero;
                }

                var remaining = Remaining(now);
                return remaining > TimeSpan.Zero ? remaining : null;
            }
        }
    }

    private TimeSpan Now => _time.GetElapsedTime(_origin);

    /// <summary>Queues audio after what is queued; starts playing at once if nothing is.</summary>
    public void Enqueue(int byteCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteCount);
        lock (_gate)
        {
            var now = Now;
            var start = _playedUntil > now ? _playedUntil : now;
            _playedUntil = start + DurationOf(byteCount);
            _receivedBytes += byteCount;
        }
    }

    /// <summary>Queues a mark behind the audio queued so far.</summary>
    public void AddMark(string name)
    {
        lock (_gate)
        {
            var now = Now;
            _marks.Enqueue((name, _playedUntil > now ? _playedUntil : now, false));
        }
    }

    /// <summary>Drops the audio not yet played and makes every pending mark due now; returns the bytes dropped.</summary>
    public long Clear()
    {
        lock (_gate)
        {
            var now = Now;
            var dropped = BytesOf(Remaining(now));
            _droppedBytes += dropped;
            _playedUntil = now;
            var count = _marks.Count;
            for (var i = 0; i < count; i++)
            {
                var mark = _marks.Dequeue();
                _marks.Enqueue(mark.DueAt <= now ? mark : (mark.Name, now, true));
            }

            return dropped;
        }
    }

    /// <summary>Removes and returns, in order, the marks that are due now.</summary>
    public IReadOnlyList<PlaybackMark> TakeDueMarks()
    {
        lock (_gate)
        {
            var now = Now;
            List<PlaybackMark>? due = null;
            while (_marks.TryPeek(out var mark) && mark.DueAt <= now)
            {
                _marks.Dequeue();
                (due ??= []).Add(new PlaybackMark(mark.Name, mark.Cleared));
            }

            return due ?? (IReadOnlyList<PlaybackMark>)[];
        }
    }

    private static TimeSpan DurationOf(long bytes) => TimeSpan.FromTicks(bytes * TimeSpan.TicksPerSecond / BytesPerSecond);

    private static long BytesOf(TimeSpan duration) =>
        duration <= TimeSpan.Zero ? 0 : (duration.Ticks * BytesPerSecond + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;

    private TimeSpan Remaining(TimeSpan now) => _playedUntil - now;
}
