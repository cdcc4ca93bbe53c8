using GrandBy.Demo.Hosting;

namespace GrandBy.IntegrationTests.Cluster;

/// <summary>Redis, one silo and a separate gateway: cluster mode on loopback.</summary>
public sealed class RedisClusterFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public LocalVoiceStack Stack { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        Redis = await RedisServer.StartAsync(timeout.Token);
        Stack = await LocalVoiceStack.StartAsync(new LocalVoiceStackOptions { RedisConnectionString = Redis.ConnectionString }, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        await Stack.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
