using GrandBy.Calls;
using GrandBy.Demo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GrandBy.IntegrationTests;

/// <summary>One running system (emulators + embedded gateway and silo) shared by the end-to-end tests.</summary>
public sealed class LocalStackFixture : IAsyncLifetime
{
    public LocalVoiceStack Stack { get; private set; } = null!;

    public GatewayMetricsRecorder Metrics { get; } = new();

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        Stack = await LocalVoiceStack.StartAsync(new LocalVoiceStackOptions(), timeout.Token);
    }

    /// <summary>The call as its grain has it now.</summary>
    public Task<CallSnapshot> CallAsync(string callSid) =>
        Stack.Host!.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallGrain>(callSid).GetSnapshotAsync();

    public async Task DisposeAsync()
    {
        Metrics.Dispose();
        await Stack.DisposeAsync();
    }
}
