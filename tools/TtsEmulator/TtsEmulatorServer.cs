using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GrandBy.TtsEmulator;

/// <summary>A running emulator inside the current process, for tests and tools. Dispose to stop it.</summary>
public sealed class TtsEmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TtsEmulatorServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:40123/</c>; post to <c>v1/text:synthesize</c> under it.</summary>
    public Uri Endpoint { get; }

    public TtsRequestCounters Requests => _app.Services.GetRequiredService<TtsRequestCounters>();

    public static async Task<TtsEmulatorServer> StartAsync(TtsEmulatorOptions options, CancellationToken cancellationToken)
    {
        var app = TtsEmulatorApplication.Create(options, ["--Logging:LogLevel:Default=Warning"]);
        try
        {
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new TtsEmulatorServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
