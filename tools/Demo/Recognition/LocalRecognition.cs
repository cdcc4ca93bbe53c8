using System.Collections.Concurrent;
using GrandBy.Grains.Calls;
using GrandBy.Grains.Stt;
using GrandBy.Providers.Speech;
using GrandBy.Providers.Speech.Google;
using GrandBy.Providers.Transcription;
using GrandBy.SpeechEmulator.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrandBy.Demo.Recognition;

/// <summary>
/// A call's <see cref="ContinuousRecognition"/> with the production Google and Whisper clients,
/// pointed at the speech emulator by endpoint configuration only.
/// </summary>
public sealed class LocalRecognition : IAsyncDisposable
{
    private const int BatchBytes = 800;
    private readonly ConcurrentQueue<(RecognizedSpeech Speech, long Timestamp)> _finals = new();
    private readonly ServiceProvider _services;

    private LocalRecognition(SpeechEmulatorServer emulator, ServiceProvider services, SttOptions options)
    {
        Emulator = emulator;
        _services = services;
        var speech = services.GetRequiredService<IOptions<GoogleSpeechOptions>>().Value;
        Recognition = new ContinuousRecognition(
            "CAtest",
            services.GetRequiredService<ISpeechRecognizer>(),
            services.GetRequiredService<ISpeechTranscriber>(),
            options,
            [speech.Model, .. speech.ModelFallbacks],
            TimeProvider.System,
            services.GetRequiredService<SttMetrics>(),
            services.GetRequiredService<ILoggerFactory>().CreateLogger("stt"),
            OnRecognized);
    }

    public SpeechEmulatorServer Emulator { get; }

    public ContinuousRecognition Recognition { get; }

    public IReadOnlyList<RecognizedSpeech> Finals => [.. _finals.Select(f => f.Speech)];

    /// <summary>When each final arrived, as <see cref="TimeProvider.GetTimestamp"/> values.</summary>
    public IReadOnlyList<long> FinalTimestamps => [.. _finals.Select(f => f.Timestamp)];

    public static async Task<LocalRecognition> StartAsync(SttOptions options, SpeechEmulatorOptions? emulatorOptions = null, IDictionary<string, string?>? settings = null)
    {
        var emulator = await SpeechEmulatorServer.StartAsync(emulatorOptions ?? new SpeechEmulatorOptions(), CancellationToken.None);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GoogleSpeech:Endpoint"] = emulator.Endpoint.ToString(),
                ["Transcription:Provider"] = "OpenAI",
                ["Transcription:Endpoint"] = new Uri(emulator.TranscriptionEndpoint, "v1").ToString(),
                ["Transcription:ApiKey"] = "local-whisper-key",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning))
            .AddMetrics()
            .AddSingleton<SttMetrics>()
            .AddVoiceProviders()
            .BuildServiceProvider();
        return new LocalRecognition(emulator, services, options);
    }

    /// <summary>
    /// Feeds audio in 100 ms batches, each after <paramref name="pace"/> (none: as fast as the stream
    /// takes it); <paramref name="onPushed"/> hears the call position reached after each batch.
    /// </summary>
    public async Task PushAsync(byte[] audio, TimeSpan pace, CancellationToken cancellationToken, Action<long>? onPushed = null)
    {
        var started = TimeProvider.System.GetTimestamp();
        for (var offset = 0; offset < audio.Length; offset += BatchBytes)
        {
            if (pace > TimeSpan.Zero)
            {
                var due = pace * (offset / BatchBytes);
                var wait = due - TimeProvider.System.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
            }

            var batch = Math.Min(BatchBytes, audio.Length - offset);
            await Recognition.PushAsync(audio.AsMemory(offset, batch), cancellationToken);
            onPushed?.Invoke(offset + batch);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Recognition.DisposeAsync();
        await _services.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    private Task OnRecognized(RecognizedSpeech speech)
    {
        if (speech.IsFinal)
        {
            _finals.Enqueue((speech, TimeProvider.System.GetTimestamp()));
        }

        return Task.CompletedTask;
    }
}
