namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>
/// Polynomial hash of a fixed-width byte window that slides one byte at a time in O(1), so a stream can
/// be hashed at every byte position whatever the batching. Arithmetic wraps modulo 2^64 on purpose.
/// </summary>
public readonly struct RollingHash
{
    private const ulong Multiplier = 1_099_511_628_211UL;
    private readonly ulong _outgoingWeight;

    public RollingHash(int windowBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(windowBytes, 1);
        WindowBytes = windowBytes;
        var weight = 1UL;
        for (var i = 0; i < windowBytes; i++)
        {
            weight = unchecked(weight * Multiplier);
        }

        _outgoingWeight = weight;
    }

    public int WindowBytes { get; }

    public ulong Compute(ReadOnlySpan<byte> window)
    {
        if (window.Length != WindowBytes)
        {
            throw new ArgumentException($"A window is {WindowBytes} bytes, not {window.Length}.", nameof(window));
        }

        var hash = 0UL;
        foreach (var value in window)
        {
            hash = unchecked((hash * Multiplier) + value + 1UL);
        }

        return hash;
    }

    /// <summary>Adds <paramref name="incoming"/> and, once the window is full, drops <paramref name="outgoing"/>.</summary>
    public ulong Slide(ulong hash, byte incoming, byte? outgoing) => unchecked(
        (hash * Multiplier) + incoming + 1UL - (outgoing is { } old ? (old + 1UL) * _outgoingWeight : 0UL));
}
