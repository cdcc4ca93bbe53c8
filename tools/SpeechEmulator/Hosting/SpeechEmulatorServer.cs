using GrandBy.SpeechEmulator.Recognition;
using GrandBy.SpeechEmulator.Streaming;
using GrandBy.SpeechEmulator.Transcription;
using Microsoft.Extensions.Options;

namespace GrandBy.SpeechEmulator.Hosting;

/// <summary>A running Speech-to-Text emulator; dispose to stop it.</summary>
public sealed class SpeechEmulatorServer : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownGrace = TimeSpan.FromMilliseconds(500);

    private readonly WebApplication _app;

    private SpeechEmulatorServer(WebApplication app, Uri endpoint, Uri transcriptionEndpoint)
    {
        _app = app;
        Endpoint = endpoint;
        TranscriptionEndpoint = transcriptionEndpoint;
        Stats = app.Services.GetRequiredService<SpeechEmulatorStats>();
        Faults = app.Services.GetRequiredService<SpeechEmulatorFaults>();
    }

    /// <summary>Where to point a gRPC channel, <c>http://127.0.0.1:PORT</c> (h2c).</summary>
    public Uri Endpoint { get; }

    /// <summary>
    /// Base address of the OpenAI-compatible transcription endpoint, <c>http://127.0.0.1:PORT/</c> (HTTP/1.1):
    /// the Azure OpenAI client's endpoint as it is, the OpenAI client's with <c>v1</c> appended.
    /// </summary>
    public Uri TranscriptionEndpoint { get; }

    public SpeechEmulatorStats Stats { get; }

    /// <summary>Failures to inject into StreamingRecognize while the emulator runs.</summary>
    public SpeechEmulatorFaults Faults { get; }

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
            app.MapTranscriptionEndpoints();
            await app.StartAsync(cancellationToken);
            var listeners = app.Services.GetRequiredService<SpeechEmulatorListeners>();
            return new SpeechEmulatorServer(
                app, SpeechEmulatorListeners.AddressOf(listeners.Grpc), SpeechEmulatorListeners.AddressOf(listeners.Transcription));
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
        // Open streams end with UNAVAILABLE as soon as stopping begins, but a client that never
        // half-closes keeps its HTTP/2 stream open and Kestrel would wait out the whole shutdown
        // timeout for it; a short grace lets Kestrel abort such connections instead.
        using var grace = new CancellationTokenSource(ShutdownGrace);
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }
}
