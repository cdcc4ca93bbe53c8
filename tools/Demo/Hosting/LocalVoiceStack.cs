using GrandBy.CallerSimulator;
using GrandBy.Embedded;
using GrandBy.Gateway.Hosting;
using GrandBy.LlmEmulator;
using GrandBy.Silo.Hosting;
using GrandBy.SpeechEmulator.Hosting;
using GrandBy.TtsEmulator;

namespace GrandBy.Demo.Hosting;

/// <summary>
/// The whole system on loopback: the three provider emulators, the embedded gateway + silo (or, with
/// Redis, a silo and a gateway in cluster mode) pointed at them by endpoint configuration only, and a
/// simulated Twilio to call it. Used by the demo and the
/// end-to-end tests alike.
/// </summary>
public sealed class LocalVoiceStack : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly List<WebApplication> _hosts = [];

    private LocalVoiceStack(LocalVoiceStackOptions options) => Options = options;

    public LocalVoiceStackOptions Options { get; }

    public SpeechEmulatorServer Speech { get; private set; } = null!;

    public TtsEmulatorServer Tts { get; private set; } = null!;

    public LlmEmulatorServer Llm { get; private set; } = null!;

    /// <summary>The process Twilio talks to: the embedded host, or the gateway in cluster mode.</summary>
    public WebApplication? Host { get; private set; }

    /// <summary>The separate silo in cluster mode.</summary>
    public WebApplication? Silo { get; private set; }

    public Uri GatewayBaseUri { get; private set; } = null!;

    public static async Task<LocalVoiceStack> StartAsync(LocalVoiceStackOptions options, CancellationToken cancellationToken)
    {
        // Gateway, silo, emulators and the simulated caller's real-time loops share one process here:
        // without spare pool threads a cold start stalls the caller's 20 ms audio clock for a second.
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), Math.Max(completionPorts, 16));
        var stack = new LocalVoiceStack(options);
        try
        {
            await stack.StartEmulatorsAsync(cancellationToken);
            await stack.StartHostAsync(cancellationToken);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>A simulated Twilio that calls this stack's gateway.</summary>
    public TwilioCallSimulator CreateCaller() => new(new CallerSimulatorOptions
    {
        GatewayBaseUri = GatewayBaseUri,
        PublicBaseUri = Options.PublicBaseUrl,
        AuthToken = Options.TwilioAuthToken,
    });

    public async ValueTask DisposeAsync()
    {
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _hosts[i].StopAsync(timeout.Token);
            await _hosts[i].DisposeAsync();
        }

        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
    }

    private async Task StartEmulatorsAsync(CancellationToken cancellationToken)
    {
        Speech = Own(await SpeechEmulatorServer.StartAsync(
            new SpeechEmulatorOptions { EndpointSilence = Options.SttEndpointSilence, ApiKey = Options.ChatApiKey }, cancellationToken));
        Tts = Own(await TtsEmulatorServer.StartAsync(new TtsEmulatorOptions { Latency = Options.TtsLatency }, cancellationToken));
        Llm = Own(await LlmEmulatorServer.StartAsync(
            new LlmEmulatorOptions
            {
                ApiKey = Options.ChatApiKey,
                Deployments = [Options.ChatDeployment],
                TimeToFirstToken = Options.LlmTimeToFirstToken,
                TokenInterval = Options.LlmTokenInterval,
            },
            cancellationToken));
    }

    private async Task StartHostAsync(CancellationToken cancellationToken)
    {
        var port = Options.GatewayPort == 0 ? LoopbackPorts.Free() : Options.GatewayPort;
        GatewayBaseUri = new Uri($"http://127.0.0.1:{port}");
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:AuthToken"] = Options.TwilioAuthToken,
            ["Twilio:PublicBaseUrl"] = Options.PublicBaseUrl.ToString(),
            ["GoogleSpeech:Endpoint"] = Speech.Endpoint.ToString(),
            ["GoogleTextToSpeech:Endpoint"] = Tts.Endpoint.ToString(),
            ["Chat:Provider"] = "AzureOpenAI",
            ["Chat:Endpoint"] = Llm.Endpoint.ToString(),
            ["Chat:ApiKey"] = Options.ChatApiKey,
            ["Chat:Deployment"] = Options.ChatDeployment,
            ["Transcription:Provider"] = "AzureOpenAI",
            ["Transcription:Endpoint"] = Speech.TranscriptionEndpoint.ToString(),
            ["Transcription:ApiKey"] = Options.ChatApiKey,
            ["Transcription:Deployment"] = "whisper",
            ["Cluster:SiloPort"] = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster:GatewayPort"] = LoopbackPorts.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = Options.HostLogLevel.ToString(),
        };
        foreach (var (key, value) in Options.HostSettings)
        {
            settings[key] = value;
        }

        if (Options.RedisConnectionString is { } redis)
        {
            await StartClusterAsync(settings, redis, cancellationToken);
            return;
        }

        Host = await StartAsync(EmbeddedApplication.Create([], Configure(GatewayBaseUri, settings)), cancellationToken);
    }

    /// <summary>A silo and a separate gateway that find each other through Redis, as in production.</summary>
    private async Task StartClusterAsync(Dictionary<string, string?> settings, string redis, CancellationToken cancellationToken)
    {
        settings["Cluster:Membership"] = "Redis";
        settings["Cluster:Storage"] = "Redis";
        settings["Cluster:RedisConnectionString"] = redis;
        settings["Cluster:ClusterId"] = "grandby-" + Guid.NewGuid().ToString("N")[..8];
        Silo = await StartAsync(SiloApplication.Create([], Configure(new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}"), settings)), cancellationToken);
        Host = await StartAsync(GatewayApplication.Create([], Configure(GatewayBaseUri, settings)), cancellationToken);
    }

    private static Action<WebApplicationBuilder> Configure(Uri url, Dictionary<string, string?> settings) => builder =>
    {
        builder.WebHost.UseUrls(url.ToString());
        builder.Configuration.AddInMemoryCollection(settings);
    };

    private async Task<WebApplication> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        _hosts.Add(app);
        await app.StartAsync(cancellationToken);
        return app;
    }

    private T Own<T>(T resource)
        where T : IAsyncDisposable
    {
        _owned.Add(resource);
        return resource;
    }
}
