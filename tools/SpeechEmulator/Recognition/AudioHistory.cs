namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>The most recent bytes of a stream, addressed by absolute stream position.</summary>
public sealed class AudioHistory
{
    private readonly byte[] _buffer;
    private readonly int _mask;

    public AudioHistory(int minimumCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumCapacity, 1);
        var capacity = (int)Math.Min(1 << 30, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)minimumCapacity));
        _buffer = new byte[capacity];
        _mask = capacity - 1;
    }

    /// <summary>Bytes appended so far; the next byte gets this position.</summary>
    public long Length { get; private set; }

    /// <summary>Oldest position still held.</summary>
    public long Oldest => Math.Max(0, Length - _buffer.Length);

    public byte this[long position]
    {
        get
        {
            if (position < Oldest || position >= Length)
            {
                throw new ArgumentOutOfRangeException(nameof(position), position, $"Held positions are {Oldest}..{Length - 1}.");
            }

            return _buffer[position & _mask];
        }
    }

    public void Append(byte value)
    {
        _buffer[Length & _mask] = value;
        Length++;
    }
}
