namespace GrandBy.TtsEmulator;

/// <summary>What the emulator has answered so far, for tests to assert on.</summary>
public sealed class TtsRequestCounters
{
    private int _total;
    private int _succeeded;
    private int _rejected;
    private int _failed;
    private int _cacheHits;

    /// <summary>Every request that reached <c>text:synthesize</c>.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Requests answered with audio.</summary>
    public int Succeeded => Volatile.Read(ref _succeeded);

    /// <summary>Requests answered 400 or 401.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>Requests answered 500 (the voice failed).</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>Successful requests served from the cache.</summary>
    public int CacheHits => Volatile.Read(ref _cacheHits);

    internal void CountRequest() => Interlocked.Increment(ref _total);

    internal void CountSuccess() => Interlocked.Increment(ref _succeeded);

    internal void CountRejection() => Interlocked.Increment(ref _rejected);

    internal void CountFailure() => Interlocked.Increment(ref _failed);

    internal void CountCacheHit() => Interlocked.Increment(ref _cacheHits);
}
