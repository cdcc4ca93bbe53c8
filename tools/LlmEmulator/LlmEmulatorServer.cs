using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GrandBy.LlmEmulator;

/// <summary>A running emulator inside the current process, for tests and tools. Dispose to stop it.</summary>
public sealed class LlmEmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LlmEmulatorServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:40123/</c>: the Azure endpoint, and with <c>v1</c> appended the OpenAI one.</summary>
    public Uri Endpoint { get; }

    public LlmRequestCounters Requests => _app.Services.GetRequiredService<LlmRequestCounters>();

    public static async Task<LlmEmulatorServer> StartAsync(LlmEmulatorOptions options, CancellationToken cancellationToken)
    {
        var app = LlmEmulatorApplication.Create(options, ["--Logging:LogLevel:Default=Warning"]);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new LlmEmulatorServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Makes the next <paramref name="count"/> requests fail with <paramref name="statusCode"/> (429 carries <c>retry-after-ms</c>).</summary>
    public void FailNextRequests(int count, int statusCode = 429, TimeSpan? retryAfter = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        _app.Services.GetRequiredService<FailureInjector>().Arm(count, statusCode, retryAfter ?? TimeSpan.FromSeconds(1));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
