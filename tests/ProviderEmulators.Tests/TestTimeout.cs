namespace GrandBy.ProviderEmulators.Tests;

/// <summary>Every test runs under its own deadline instead of hanging the suite.</summary>
internal static class TestTimeout
{
    public static CancellationTokenSource Start() => new(TimeSpan.FromSeconds(15));
}
