using GrandBy.Calls;

namespace GrandBy.Gateway.MediaStreams;

/// <summary>
/// Gathers caller frames into batches for the call grain: one grain call per batch instead of one per
/// 20 ms frame. Frames are decoded straight into <see cref="FreeSpace"/>.
/// </summary>
public sealed class InboundAudioBatcher(int batchBytes, int maxFrameBytes)
{
    private readonly byte[] _buffer = new byte[batchBytes + maxFrameBytes];
    private int _length;
    private long _firstChunk;

    /// <summary>Where the next frame's audio is decoded to; at least one maximal frame long.</summary>
    public Span<byte> FreeSpace => _buffer.AsSpan(_length);

    public bool IsFull => _length >= batchBytes;

    public int Length => _length;

    public void Commit(int length, long chunk)
    {
        if (_length == 0)
        {
            _firstChunk = chunk;
        }

        _length += length;
    }

    /// <summary>The gathered audio as a batch for <paramref name="epoch"/>, or null when there is none.</summary>
    public InboundAudio? Take(int epoch)
    {
        if (_length == 0)
        {
            return null;
        }

        var batch = new InboundAudio(epoch, _firstChunk, _buffer.AsSpan(0, _length).ToArray());
        _length = 0;
        return batch;
    }
}
