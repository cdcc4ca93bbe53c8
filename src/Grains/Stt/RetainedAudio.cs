namespace GrandBy.Grains.Stt;

/// <summary>
/// The call's audio from some position on, addressed by call position (bytes since the call's first
/// byte, 8000 per second). Slices handed out stay valid: the buffer is never rewritten in place.
/// </summary>
public sealed class RetainedAudio(long start = 0)
{
    private byte[] _buffer = new byte[8000 * 4];
    private int _offset;
    private int _length;

    /// <summary>Call position of the first retained byte.</summary>
    public long Start { get; private set; } = start;

    /// <summary>Call position just past the last byte: all the call's audio so far.</summary>
    public long End => Start + _length;

    public void Append(ReadOnlySpan<byte> audio)
    {
        if (_offset + _length + audio.Length > _buffer.Length)
        {
            var grown = new byte[Math.Max(_buffer.Length, (_length + audio.Length) * 2)];
            _buffer.AsSpan(_offset, _length).CopyTo(grown);
            _buffer = grown;
            _offset = 0;
        }

        audio.CopyTo(_buffer.AsSpan(_offset + _length));
        _length += audio.Length;
    }

    /// <summary>Appends <paramref name="count"/> bytes of one value (silence).</summary>
    public void AppendFill(byte value, int count)
    {
        Span<byte> chunk = stackalloc byte[Math.Min(count, 1024)];
        chunk.Fill(value);
        for (var left = count; left > 0; left -= chunk.Length)
        {
            Append(chunk[..Math.Min(chunk.Length, left)]);
        }
    }

    /// <summary>Forgets the audio before <paramref name="position"/> (never past <see cref="End"/>).</summary>
    public void DiscardBefore(long position)
    {
        var drop = (int)Math.Clamp(position - Start, 0, _length);
        _offset += drop;
        _length -= drop;
        Start += drop;
    }

    /// <summary>The retained audio from <paramref name="position"/> (clamped to what is retained) to the end.</summary>
    public ReadOnlyMemory<byte> From(long position)
    {
        var skip = (int)Math.Clamp(position - Start, 0, _length);
        return _buffer.AsMemory(_offset + skip, _length - skip);
    }

    /// <summary>The retained audio between two call positions.</summary>
    public ReadOnlyMemory<byte> Between(long from, long to) => From(from)[..(int)Math.Clamp(to - Math.Max(from, Start), 0, End - Math.Max(from, Start))];
}
