using System.Threading.Channels;
using GrandBy.CallerSimulator.Calling;

namespace GrandBy.CallerSimulator.Recording;

/// <summary>
/// Records the call as it happens, from several loops at once, and hands each event to the listener on
/// its own task, in order, so a slow listener never delays the audio.
/// </summary>
internal sealed class CallRecorder
{
    private readonly Lock _gate = new();
    private readonly CallClock _clock;
    private readonly List<CallerEvent> _events = [];
    private readonly List<TurnBuilder> _turns = [];
    private readonly List<string> _marksEchoed = [];
    private readonly List<string> _protocolErrors = [];
    private readonly Channel<CallerEvent> _pending = Channel.CreateUnbounded<CallerEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _dispatcher;
    private readonly bool _hasListener;
    private long _audioBytes;
    private TimeSpan? _lastAudioAt;
    private int _marksReceived;

    public CallRecorder(CallClock clock, Action<CallerEvent>? listener)
    {
        _clock = clock;
        _hasListener = listener is not null;
        _dispatcher = listener is null ? Task.CompletedTask : Task.Run(() => DispatchAsync(listener));
    }

    public TimeSpan Now => _clock.Now;

    public void StreamStarted(string callSid, string streamSid, string streamUrl, IReadOnlyDictionary<string, string> parameters) =>
        Record(at =>
        {
            _turns.Add(new TurnBuilder(0, at));
            return new StreamStarted(callSid, streamSid, streamUrl, parameters, at);
        });

    public void CallerSpoke(string clipId, string text, TimeSpan startedAt, TimeSpan endedAt) => Record(_ =>
    {
        var turn = new TurnBuilder(_turns.Count, endedAt)
        {
            ClipId = clipId,
            Text = text,
            SpeechStartedAt = startedAt,
            SpeechEndedAt = endedAt,
        };
        _turns.Add(turn);
        return new CallerSpoke(turn.Index, clipId, text, startedAt, endedAt);
    });

    public void AudioReceived(int bytes)
    {
        lock (_gate)
        {
            var at = _clock.Now;
            var turn = CurrentTurn();
            _audioBytes += bytes;
            _lastAudioAt = at;
            turn.BytesReceived += bytes;
            if (turn.Latency is null)
            {
                turn.Latency = at - turn.AnswerExpectedFrom;
                Add(new AnswerAudioStarted(turn.Index, turn.Latency.Value, at));
            }

            Add(new AudioReceived(turn.Index, bytes, at));
        }
    }

    public void MarkReceived(string name) => Record(at =>
    {
        _marksReceived++;
        return new MarkReceived(name, at);
    });

    public void MarkEchoed(string name, bool afterClear) => Record(at =>
    {
        _marksEchoed.Add(name);
        CurrentTurn().AddMark(name);
        return new MarkEchoed(name, afterClear, at);
    });

    public void Cleared(long droppedBytes) => Record(at =>
    {
        CurrentTurn().BytesDropped += droppedBytes;
        return new Cleared(droppedBytes, at);
    });

    public void PlaybackDrained(long playedBytes) => Record(at => new PlaybackDrained(playedBytes, at));

    public void DtmfSent(string digit) => Record(at => new DtmfSent(digit, at));

    public void ProtocolError(string message) => Record(at =>
    {
        _protocolErrors.Add(message);
        return new ProtocolErrorDetected(message, at);
    });

    public void GatewayClosed(string description) => Record(at => new GatewayClosed(description, at));

    public void HungUp() => Record(at => new HungUp(at));

    public AnswerState GetAnswerState()
    {
        lock (_gate)
        {
            var hasAnswer = _turns.Count > 0 && CurrentTurn().BytesReceived > 0;
            return new AnswerState(hasAnswer, _lastAudioAt, _marksReceived - _marksEchoed.Count);
        }
    }

    public CallRecording Build(string scenarioName, string callSid, string? streamSid, DateTimeOffset startedAt, string? failure)
    {
        lock (_gate)
        {
            return new CallRecording(
                scenarioName,
                callSid,
                streamSid,
                startedAt,
                _clock.Now,
                [.. _turns.Select(t => t.ToTurn())],
                [.. _marksEchoed],
                [.. _protocolErrors],
                _audioBytes,
                [.. _events],
                failure);
        }
    }

    /// <summary>Delivers the events still queued to the listener; rethrows what the listener threw.</summary>
    public Task CompleteAsync()
    {
        _pending.Writer.TryComplete();
        return _dispatcher;
    }

    private TurnBuilder CurrentTurn()
    {
        if (_turns.Count == 0)
        {
            _turns.Add(new TurnBuilder(0, TimeSpan.Zero));
        }

        return _turns[^1];
    }

    private void Record(Func<TimeSpan, CallerEvent> update)
    {
        lock (_gate)
        {
            Add(update(_clock.Now));
        }
    }

    private void Add(CallerEvent callerEvent)
    {
        _events.Add(callerEvent);
        if (_hasListener)
        {
            _pending.Writer.TryWrite(callerEvent);
        }
    }

    private async Task DispatchAsync(Action<CallerEvent> listener)
    {
        await foreach (var callerEvent in _pending.Reader.ReadAllAsync())
        {
            listener(callerEvent);
        }
    }
}
