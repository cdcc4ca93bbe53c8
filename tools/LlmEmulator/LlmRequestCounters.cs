namespace GrandBy.LlmEmulator;

/// <summary>What the emulator has answered so far, for tests to assert on.</summary>
public sealed class LlmRequestCounters
{
    private int _total;
    private int _completed;
    private int _rejected;
    private int _injectedFailures;
    private int _cancelled;
    private string? _lastUserMessage;

    /// <summary>Every request that reached a chat completions route.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Requests answered with a whole reply (streamed or not).</summary>
    public int Completed => Volatile.Read(ref _completed);

    /// <summary>Requests answered 400, 401 or 404.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>Requests failed on purpose (see <see cref="LlmEmulatorServer.FailNextRequests"/>).</summary>
    public int InjectedFailures => Volatile.Read(ref _injectedFailures);

    /// <summary>Requests the client abandoned before the reply ended.</summary>
    public int Cancelled => Volatile.Read(ref _cancelled);

    /// <summary>The last user message of the last valid request.</summary>
    public string? LastUserMessage => Volatile.Read(ref _lastUserMessage);

    internal void CountRequest() => Interlocked.Increment(ref _total);

    internal void CountCompleted() => Interlocked.Increment(ref _completed);

    internal void CountRejected() => Interlocked.Increment(ref _rejected);

    internal void CountInjectedFailure() => Interlocked.Increment(ref _injectedFailures);

    internal void CountCancelled() => Interlocked.Increment(ref _cancelled);

    internal void RecordUserMessage(string message) => Volatile.Write(ref _lastUserMessage, message);
}
