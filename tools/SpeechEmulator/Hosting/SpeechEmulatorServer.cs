using GrandBy.SpeechEmulator.Recognition;
using GrandBy.SpeechEmulator.Streaming;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GrandBy.SpeechEmulator.Hosting;

/// <summary>A running Speech-to-Text emulator; dispose to stop it.</summary>
public sealed class SpeechEmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SpeechEmulatorServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
        Stats = app.Services.GetRequiredService<SpeechEmulatorStats>();
    }

    /// <summary>Where to point a gRPC channel, <c>http://127.0.0.1:PORT</c> (h2c).</summary>
    public Uri Endpoint { get; }

    public SpeechEmulatorStats Stats { get; }

    /// <summary>Hosts the emulator in this process, without log output.</summary>
    public static Task<SpeechEmulatorServer> StartAsync(SpeechEmulatorOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSpeechEmulator().Configure(options.CopyTo);
        return StartAsync(builder, cancellationToken);
    }

    /// <summary>Starts a builder on which <see cref="SpeechEmulatorServiceCollectionExtensions.AddSpeechEmulator"/> was called.</summary>
    public static async Task<SpeechEmulatorServer> StartAsync(WebApplicationBuilder builder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        try
        {
            var matcher = app.Services.GetRequiredService<ClipMatcher>();
            SpeechEmulatorLog.ClipLibraryLoaded(
                app.Logger, app.Services.GetRequiredService<IOptions<SpeechEmulatorOptions>>().Value.ClipDirectory, matcher.Clips.Count, matcher.IndexedWindowCount);
            app.MapGrpcService<SpeechService>();
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new SpeechEmulatorServer(app, new Uri(address));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes when the host stops (Ctrl+C or SIGTERM when run standalone).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
