using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using GrandBy.Calls;
using GrandBy.Gateway.Diagnostics;

namespace GrandBy.Gateway.MediaStreams;

/// <summary>
/// One Twilio media-stream socket: one epoch of a call. Inbound frames are parsed and batched towards
/// the call grain; the grain's outbound events are written back in order. The call itself lives in the
/// grain and outlives this socket.
/// </summary>
public sealed class MediaStreamSession(
    WebSocket socket, IGrainFactory grains, MediaStreamOptions options, GatewayMetrics metrics, ILogger<MediaStreamSession> logger)
{
    private const int BytesPerSecond = 8000;
    private const string ExpectedEncoding = "audio/x-mulaw";
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly InboundAudioBatcher _batcher = new(BytesOf(options.AudioBatch), options.MaxMessageBytes * 3 / 4);
    private ICallGrain? _call;
    private string? _callSid;
    private string? _streamSid;
    private int _epoch;
    private int _badFrames;
    private Task _outbound = Task.CompletedTask;
    private CancellationToken _lifetime;

    public async Task RunAsync(CancellationToken aborted)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        _lifetime = lifetime.Token;
        var endReason = StreamEndReason.Disconnected;
        metrics.StreamOpened();
        try
        {
            endReason = await ReceiveAsync(lifetime);
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            logger.StreamLost(_callSid, error.Message);
        }
        catch (Exception error) when (error is TimeoutException or OrleansException)
        {
            logger.CallUnreachable(_callSid, error);
        }
        finally
        {
            await EndAsync(endReason, lifetime);
            metrics.StreamClosed();
        }
    }

    private async Task<StreamEndReason> ReceiveAsync(CancellationTokenSource lifetime)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(options.MaxMessageBytes);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(lifetime.Token);
        try
        {
            while (true)
            {
                idle.CancelAfter(options.IdleTimeout);
                var (length, type) = await ReceiveMessageAsync(buffer, idle.Token);
                if (type == WebSocketMessageType.Close)
                {
                    return StreamEndReason.Disconnected;
                }

                var outcome = type == WebSocketMessageType.Binary ? BadFrame(BadFrameReason.BinaryFrame, length)
                    : length > options.MaxMessageBytes ? BadFrame(BadFrameReason.Oversized, length)
                    : await HandleAsync(buffer.AsMemory(0, length), lifetime.Token);
                if (outcome is { } end)
                {
                    return end;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads one whole message; a message larger than the buffer is drained and reported by its full length.</summary>
    private async Task<(int Length, WebSocketMessageType Type)> ReceiveMessageAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            var space = length < options.MaxMessageBytes ? buffer.AsMemory(length, options.MaxMessageBytes - length) : buffer.AsMemory(0, options.MaxMessageBytes);
            var result = await socket.ReceiveAsync(space, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (0, WebSocketMessageType.Close);
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return (length, result.MessageType);
            }

            if (length >= options.MaxMessageBytes)
            {
                length = options.MaxMessageBytes + 1;
            }
        }
    }

    private async ValueTask<StreamEndReason?> HandleAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        metrics.FrameReceived();
        if (!InboundFrameParser.TryParse(message.Span, _batcher.FreeSpace, out var frame, out var reason))
        {
            return BadFrame(reason, message.Length);
        }

        if (frame.Event is not (MediaStreamEvent.Connected or MediaStreamEvent.Start) && _call is null)
        {
            return BadFrame(BadFrameReason.MediaBeforeStart, message.Length);
        }

        if (_call is not null && frame.StreamSid is { } sid && sid != _streamSid)
        {
            return BadFrame(BadFrameReason.WrongStreamSid, message.Length);
        }

        switch (frame.Event)
        {
            case MediaStreamEvent.Connected:
                return null;
            case MediaStreamEvent.Start:
                return await StartAsync(frame.Start!, message.Length);
            case MediaStreamEvent.Media:
                _batcher.Commit(frame.AudioLength, frame.Chunk);
                return _batcher.IsFull && !await PushBatchAsync(cancellationToken) ? StreamEndReason.Disconnected : null;
            case MediaStreamEvent.Mark:
                await _call!.OnMarkEchoedAsync(_epoch, frame.MarkName!).WaitAsync(options.GrainCallTimeout, cancellationToken);
                return null;
            case MediaStreamEvent.Dtmf:
                await _call!.OnDtmfAsync(_epoch, frame.Digit!).WaitAsync(options.GrainCallTimeout, cancellationToken);
                return null;
            default:
                await PushBatchAsync(cancellationToken);
                return StreamEndReason.Stopped;
        }
    }

    private async ValueTask<StreamEndReason?> StartAsync(StreamStartInfo start, int messageLength)
    {
        if (_call is not null)
        {
            return BadFrame(BadFrameReason.SecondStart, messageLength);
        }

        if (start.Encoding != ExpectedEncoding || start.SampleRate != BytesPerSecond || start.Channels != 1)
        {
            logger.UnsupportedFormat(start.CallSid, start.Encoding, start.SampleRate, start.Channels);
            metrics.BadFrame(BadFrameReason.UnsupportedFormat);
            await CloseAsync(WebSocketCloseStatus.InvalidPayloadData, "only audio/x-mulaw 8000 Hz mono is supported");
            return StreamEndReason.ProtocolViolation;
        }

        _callSid = start.CallSid;
        _streamSid = start.StreamSid;
        _call = grains.GetGrain<ICallGrain>(start.CallSid);
        CallAttachment attachment;
        try
        {
            attachment = await _call.AttachAsync(new MediaStreamStart(start.StreamSid, start.AccountSid, start.CustomParameters))
                .WaitAsync(options.GrainCallTimeout);
        }
        catch (InvalidOperationException error)
        {
            logger.AttachRefused(start.CallSid, start.StreamSid, error.Message);
            return StreamEndReason.Stopped;
        }

        _epoch = attachment.Epoch;
        logger.StreamStarted(start.CallSid, start.StreamSid, _epoch);
        _outbound = SendOutboundAsync(_call, _epoch, new OutboundFrameWriter(start.StreamSid));
        return null;
    }

    private async Task<bool> PushBatchAsync(CancellationToken cancellationToken)
    {
        if (_batcher.Take(_epoch) is not { } batch)
        {
            return true;
        }

        var started = Stopwatch.GetTimestamp();
        var current = await _call!.PushAudioAsync(batch).WaitAsync(options.GrainCallTimeout, cancellationToken);
        metrics.BatchPushed(Stopwatch.GetElapsedTime(started));
        if (!current)
        {
            logger.StreamFenced(_callSid, _epoch);
            await CloseAsync(WebSocketCloseStatus.NormalClosure, "a newer stream replaced this one");
        }

        return current;
    }

    private StreamEndReason? BadFrame(BadFrameReason reason, int length)
    {
        _badFrames++;
        metrics.BadFrame(reason);
        logger.BadFrame(_callSid, reason, length, _badFrames);
        if (_badFrames < options.MaxBadFrames)
        {
            return null;
        }

        logger.TooManyBadFrames(_callSid, _badFrames);
        return StreamEndReason.ProtocolViolation;
    }

    private async Task SendOutboundAsync(ICallGrain call, int epoch, OutboundFrameWriter writer)
    {
        var frameBytes = BytesOf(options.OutboundFrame);
        try
        {
            await foreach (var outbound in call.ReadOutboundAsync(epoch, _lifetime).WithCancellation(_lifetime))
            {
                switch (outbound.Kind)
                {
                    case OutboundEventKind.Audio:
                        for (var offset = 0; offset < outbound.Mulaw!.Length; offset += frameBytes)
                        {
                            var frame = outbound.Mulaw.AsSpan(offset, Math.Min(frameBytes, outbound.Mulaw.Length - offset));
                            await SendAsync(writer.Media(frame));
                        }

                        break;
                    case OutboundEventKind.Mark:
                        await SendAsync(writer.Mark(outbound.MarkName!));
                        break;
                    case OutboundEventKind.Clear:
                        await SendAsync(writer.Clear());
                        break;
                    case OutboundEventKind.HangUp:
                        await CloseAsync(WebSocketCloseStatus.NormalClosure, "call ended");
                        return;
                }
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            logger.StreamLost(_callSid, error.Message);
        }
        catch (Exception error) when (error is EnumerationAbortedException or OrleansException or TimeoutException)
        {
            logger.CallUnreachable(_callSid, error);
        }
    }

    private async Task SendAsync(ReadOnlyMemory<byte> message)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                metrics.MessageSent();
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task EndAsync(StreamEndReason reason, CancellationTokenSource lifetime)
    {
        await CloseAsync(reason == StreamEndReason.ProtocolViolation ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure, reason.ToString());
        if (_call is not null)
        {
            try
            {
                if (reason == StreamEndReason.Stopped)
                {
                    await PushBatchAsync(CancellationToken.None);
                }

                await _call.OnStreamEndedAsync(_epoch, reason).WaitAsync(options.GrainCallTimeout);
            }
            catch (Exception error) when (error is TimeoutException or OrleansException)
            {
                logger.CallUnreachable(_callSid, error);
            }

            logger.StreamEnded(_callSid, _epoch, reason);
        }

        await Task.WhenAny(_outbound, Task.Delay(options.GrainCallTimeout, CancellationToken.None));
        await lifetime.CancelAsync();
        await _outbound;
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string description)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, description, timeout.Token);
            }
        }
        catch (Exception error) when (error is WebSocketException or OperationCanceledException)
        {
            logger.StreamLost(_callSid, error.Message);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static int BytesOf(TimeSpan duration) => (int)(duration.TotalSeconds * BytesPerSecond);
}
