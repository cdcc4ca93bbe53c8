using System.Diagnostics;
using GrandBy.Demo.Hosting;
using StackExchange.Redis;

namespace GrandBy.IntegrationTests.Cluster;

/// <summary>A throwaway redis-server (Debian's package) on a free loopback port, with nothing saved to disk.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port, ConnectionMultiplexer connection)
    {
        _process = process;
        ConnectionString = $"127.0.0.1:{port}";
        Connection = connection;
    }

    public string ConnectionString { get; }

    public ConnectionMultiplexer Connection { get; }

    public static async Task<RedisServer> StartAsync(CancellationToken cancellationToken)
    {
        var port = LoopbackPorts.Free();
        var process = Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start; scripts/setup.sh installs it.");
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        while (true)
        {
            try
            {
                var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=true,connectTimeout=500");
                return new RedisServer(process, port, connection);
            }
            catch (RedisConnectionException) when (!process.HasExited)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
