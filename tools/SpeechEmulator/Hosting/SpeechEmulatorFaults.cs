using GrandBy.SpeechEmulator.Streaming;
using Grpc.Core;

namespace GrandBy.SpeechEmulator.Hosting;

/// <summary>
/// Failures to inject into StreamingRecognize, settable while the emulator runs. Deterministic: a
/// mid-stream fault fires at an audio time (bytes / 8000), never at a wall-clock time.
/// </summary>
public sealed class SpeechEmulatorFaults
{
    private const long BytesPerSecond = 8000;

    private readonly Lock _gate = new();
    private volatile bool _refuseStreaming;
    private StreamFault? _atAudioTime;
    private int _failNextCount;
    private StreamFault? _failNext;

    internal SpeechEmulatorFaults(bool refuseStreaming) => _refuseStreaming = refuseStreaming;

    /// <summary>When true, every new StreamingRecognize call fails at once with UNAVAILABLE, as during an outage.</summary>
    public bool RefuseStreaming
    {
        get => _refuseStreaming;
        set => _refuseStreaming = value;
    }

    /// <summary>True while a fault armed by <see cref="FailNextStreamAt"/> has not fired.</summary>
    public bool StreamFaultPending => Volatile.Read(ref _atAudioTime) is not null;

    /// <summary>Streams still to fail at once from <see cref="FailNextStreams"/>.</summary>
    public int StreamsToFail
    {
        get
        {
            lock (_gate)
            {
                return _failNextCount;
            }
        }
    }

    /// <summary>
    /// The next stream whose audio reaches <paramref name="streamAudioTime"/> delivers the results for the
    /// audio before that point, then ends with <paramref name="code"/>. Fires once; arming again replaces it.
    /// A stream already past that point is not affected.
    /// </summary>
    public void FailNextStreamAt(TimeSpan streamAudioTime, StatusCode code = StatusCode.Unavailable, string? message = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(streamAudioTime, TimeSpan.Zero);
        var atByte = (long)Math.Round(streamAudioTime.TotalSeconds * BytesPerSecond, MidpointRounding.AwayFromZero);
        Volatile.Write(ref _atAudioTime, new StreamFault(code, message, atByte));
    }

    /// <summary>The next <paramref name="count"/> new streams fail at once with <paramref name="code"/>.</summary>
    public void FailNextStreams(int count, StatusCode code = StatusCode.Unavailable, string? message = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var fault = new StreamFault(code, message, 0);
        lock (_gate)
        {
            _failNextCount = count;
            _failNext = count == 0 ? null : fault;
        }
    }

    /// <summary>Disarms every fault, including <see cref="RefuseStreaming"/>.</summary>
    public void Clear()
    {
        RefuseStreaming = false;
        Volatile.Write(ref _atAudioTime, null);
        FailNextStreams(0);
    }

    /// <summary>The fault a stream that is just starting must fail with, if any.</summary>
    internal StreamFault? TakeStartFault()
    {
        if (_refuseStreaming)
        {
            return StreamFault.Refused;
        }

        lock (_gate)
        {
            if (_failNextCount == 0)
            {
                return null;
            }

            var fault = _failNext;
            if (--_failNextCount == 0)
            {
                _failNext = null;
            }

            return fault;
        }
    }

    /// <summary>
    /// Claims the armed mid-stream fault if it lies in this request's audio, stream bytes
    /// (<paramref name="fromByte"/>, <paramref name="toByte"/>]; a fault at 0 fires on the first audio.
    /// </summary>
    internal StreamFault? TakeFaultWithin(long fromByte, long toByte)
    {
        var fault = Volatile.Read(ref _atAudioTime);
        if (fault is null || fault.AtByte > toByte || (fault.AtByte <= fromByte && fromByte != 0))
        {
            return null;
        }

        return Interlocked.CompareExchange(ref _atAudioTime, null, fault) == fault ? fault : null;
    }
}
