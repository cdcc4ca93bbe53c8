using System.Net;
using GrandBy.Clips;
using GrandBy.SpeechEmulator.Recognition;
using GrandBy.SpeechEmulator.Transcription;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GrandBy.SpeechEmulator.Hosting;

public static class SpeechEmulatorServiceCollectionExtensions
{
    /// <summary>
    /// Adds the emulator's gRPC service, clip index and a plaintext HTTP/2-only Kestrel listener on
    /// 127.0.0.1 (gRPC clients fail with HTTP_1_1_REQUIRED when HTTP/1.1 is offered too), and a second,
    /// HTTP/1.1 listener for the OpenAI-compatible transcription endpoint. Returns the options builder
    /// so the caller binds or configures <see cref="SpeechEmulatorOptions"/>.
    /// </summary>
    public static OptionsBuilder<SpeechEmulatorOptions> AddSpeechEmulator(this IServiceCollection services)
    {
        services.AddGrpc();
        services.TryAddSingleton<SpeechEmulatorStats>();
        services.TryAddSingleton<SpeechEmulatorListeners>();
        services.TryAddSingleton<TranscriptionHandler>();
        services.TryAddSingleton(provider =>
            new SpeechEmulatorFaults(provider.GetRequiredService<IOptions<SpeechEmulatorOptions>>().Value.RefuseStreaming));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpeechEmulatorOptions>, SpeechEmulatorOptionsValidator>());
        services.TryAddSingleton(provider =>
            new ClipMatcher(ClipLibrary.Load(provider.GetRequiredService<IOptions<SpeechEmulatorOptions>>().Value.ClipDirectory).Clips));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<SpeechEmulatorOptions>, SpeechEmulatorListeners>((kestrel, emulator, listeners) =>
        {
            kestrel.Listen(IPAddress.Loopback, emulator.Value.Port, listen =>
            {
                listen.Protocols = HttpProtocols.Http2;
                listeners.Grpc = listen;
            });
            kestrel.Listen(IPAddress.Loopback, emulator.Value.TranscriptionPort, listen =>
            {
                listen.Protocols = HttpProtocols.Http1;
                listeners.Transcription = listen;
            });
        });
        return services.AddOptions<SpeechEmulatorOptions>().ValidateOnStart();
    }
}
