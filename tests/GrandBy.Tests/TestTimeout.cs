namespace GrandBy.Tests;

/// <summary>Every asynchronous test runs under its own deadline instead of hanging the suite.</summary>
internal static class TestTimeout
{
    public static CancellationTokenSource Start() => new(TimeSpan.FromSeconds(10));
}
