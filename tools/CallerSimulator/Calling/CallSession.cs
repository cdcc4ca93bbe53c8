using System.Net.WebSockets;
using GrandBy.CallerSimulator.Playback;
using GrandBy.CallerSimulator.Recording;
using GrandBy.CallerSimulator.Scenarios;
using GrandBy.CallerSimulator.Twilio;
using GrandBy.Clips;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>
/// One open media stream, played as Twilio: sends the caller's line in real time, plays and echoes what
/// the gateway sends, and carries out the scenario's steps. A loop that fails, or the gateway closing
/// the socket, breaks the call and fails the step in progress.
/// </summary>
internal sealed class CallSession : IAsyncDisposable
{
    private static readonly TimeSpan AnswerPollInterval = TimeSpan.FromMilliseconds(10);

    private readonly WebSocket _socket;
    private readonly CallRecorder _recorder;
    private readonly CallClock _clock;
    private readonly TimeSpan _closeTimeout;
    private readonly MediaStreamSender _sender;
    private readonly CallerVoice _voice = new();
    private readonly PlaybackBuffer _playback;
    private readonly PlaybackPump _pump;
    private readonly CancellationTokenSource _stopMedia = new();
    private readonly CancellationTokenSource _stopPlayback = new();
    private readonly CancellationTokenSource _stopAll = new();
    private readonly CancellationTokenSource _broken = new();
    private string? _brokenReason;
    private volatile bool _hangingUp;
    private Task _media = Task.CompletedTask;
    private Task _receive = Task.CompletedTask;
    private Task _playbackLoop = Task.CompletedTask;

    public CallSession(WebSocket socket, MediaStreamWriter writer, CallRecorder recorder, CallClock clock, TimeSpan closeTimeout)
    {
        _socket = socket;
        _recorder = recorder;
        _clock = clock;
        _closeTimeout = closeTimeout;
        _sender = new MediaStreamSender(socket, writer);
        _playback = new PlaybackBuffer(clock.Time);
        _pump = new PlaybackPump(_playback, _sender, recorder);
        StreamSid = writer.StreamSid;
    }

    public string StreamSid { get; }

    public async Task StartAsync(string callSid, TwimlStream stream, CancellationToken cancellationToken)
    {
        await _sender.SendConnectedAsync(cancellationToken);
        await _sender.SendStartAsync(stream.Parameters, cancellationToken);
        _recorder.StreamStarted(callSid, StreamSid, stream.Url, stream.Parameters);

        // The loops run on the thread pool, away from the caller's synchronisation context (a test
        // framework's or a grain's scheduler), which would otherwise pace the audio by its own load.
        var receiver = new GatewayReceiver(_socket, StreamSid, _playback, _recorder, _pump.Notify);
        _receive = Task.Run(() => ReceiveAsync(receiver), CancellationToken.None);
        _playbackLoop = RunLoopAsync("playback", _pump.RunAsync, _stopPlayback.Token);
        _media = RunLoopAsync("media", new MediaPacer(_sender, _voice, _recorder, _clock).RunAsync, _stopMedia.Token);
    }

    public async Task SayAsync(Clip clip, CancellationToken cancellationToken)
    {
        var utterance = _voice.Say(clip);
        await Guard(token => utterance.Spoken.WaitAsync(token), cancellationToken);
    }

    public Task PauseAsync(TimeSpan duration, CancellationToken cancellationToken) =>
        Guard(token => Task.Delay(duration, _clock.Time, token), cancellationToken);

    public async Task DtmfAsync(string digit, CancellationToken cancellationToken)
    {
        await Guard(token => _sender.SendDtmfAsync(digit, token), cancellationToken);
        _recorder.DtmfSent(digit);
    }

    public async Task WaitForAnswerAsync(WaitForAnswerStep step, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(step.Timeout, _clock.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await Guard(token => PollAnswerAsync(step.Quiet, token), linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CallSimulationException($"timed out after {step.Timeout.TotalSeconds:0.###} s: {DescribeAnswer()}");
        }
    }

    public async Task HangUpAsync(CancellationToken cancellationToken)
    {
        _hangingUp = true;
        ThrowIfBroken();
        await _stopMedia.CancelAsync();
        await _media;
        _voice.Abandon(cancellationToken);
        await _stopPlayback.CancelAsync();
        await _playbackLoop;
        await _sender.SendStopAsync(cancellationToken);
        _recorder.HungUp();
        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "call ended", cancellationToken);

        // Twilio drops the connection after stop whether or not the server completes the close handshake,
        // so a gateway that does not answer it is left to DisposeAsync to abort.
        await _receive.WaitAsync(_closeTimeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopMedia.CancelAsync();
        await _stopPlayback.CancelAsync();
        await _stopAll.CancelAsync();
        if (_socket.State is not (WebSocketState.Closed or WebSocketState.Aborted))
        {
            _socket.Abort();
        }

        await Task.WhenAll(_media, _receive, _playbackLoop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _sender.Dispose();
        _pump.Dispose();
        _stopMedia.Dispose();
        _stopPlayback.Dispose();
        _stopAll.Dispose();
        _broken.Dispose();
    }

    private async Task PollAnswerAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        while (!IsAnswerOver(quiet))
        {
            await Task.Delay(AnswerPollInterval, _clock.Time, cancellationToken);
        }
    }

    private bool IsAnswerOver(TimeSpan quiet)
    {
        var state = _recorder.GetAnswerState();
        return state is { HasAnswer: true, PendingMarks: 0, LastAudioAt: { } last }
            && _playback.IsDrained
            && _clock.Now - last >= quiet;
    }

    private string DescribeAnswer()
    {
        var state = _recorder.GetAnswerState();
        if (!state.HasAnswer)
        {
            return "no answer audio arrived";
        }

        return _playback.IsPlaying ? "the answer was still playing"
            : state.PendingMarks > 0 ? $"{state.PendingMarks} mark(s) not yet echoed"
            : "answer audio kept arriving";
    }

    private async Task Guard(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        ThrowIfBroken();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _broken.Token);
        try
        {
            await action(linked.Token);
        }
        catch (OperationCanceledException) when (_broken.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            ThrowIfBroken();
        }
    }

    private void ThrowIfBroken()
    {
        if (_broken.IsCancellationRequested)
        {
            throw new CallSimulationException(_brokenReason ?? "the call broke");
        }
    }

    private void Break(string reason)
    {
        if (Interlocked.CompareExchange(ref _brokenReason, reason, null) is null)
        {
            _broken.Cancel();
        }
    }

    private async Task ReceiveAsync(GatewayReceiver receiver)
    {
        string closed;
        try
        {
            closed = await receiver.RunAsync(_stopAll.Token);
        }
        catch (OperationCanceledException) when (_stopAll.IsCancellationRequested)
        {
            return;
        }
        catch (WebSocketException exception)
        {
            closed = $"connection lost: {exception.Message}";
        }

        if (!_hangingUp)
        {
            _recorder.GatewayClosed(closed);
            Break($"the gateway closed the media stream ({closed})");
        }
    }

    private Task RunLoopAsync(string name, Func<CancellationToken, Task> loop, CancellationToken cancellationToken) =>
        Task.Run(() => GuardLoopAsync(name, loop, cancellationToken), CancellationToken.None);

    private async Task GuardLoopAsync(string name, Func<CancellationToken, Task> loop, CancellationToken cancellationToken)
    {
        try
        {
            await loop(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception) when (exception is WebSocketException or InvalidOperationException or ObjectDisposedException)
        {
            Break($"the {name} loop failed: {exception.Message}");
        }
    }
}
