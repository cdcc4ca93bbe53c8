namespace GrandBy.CallerSimulator.Calling;

/// <summary>Monotonic time since the call began, from a <see cref="TimeProvider"/>.</summary>
internal sealed class CallClock(TimeProvider time)
{
    private readonly long _origin = time.GetTimestamp();

    public TimeProvider Time => time;

    public TimeSpan Now => time.GetElapsedTime(_origin);
}
