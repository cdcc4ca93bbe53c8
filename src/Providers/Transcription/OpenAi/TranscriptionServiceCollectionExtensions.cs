using GrandBy.Providers.Diagnostics;
using GrandBy.Providers.Transcription;
using GrandBy.Providers.Transcription.OpenAi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class TranscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISpeechTranscriber"/> (Whisper on Azure OpenAI or an OpenAI-compatible endpoint), options
    /// from section <c>Transcription</c>, validated at start. Without <c>Transcription:Endpoint</c> the transcriber
    /// throws <see cref="InvalidOperationException"/> when used and nothing else is validated.
    /// </summary>
    public static IServiceCollection AddSpeechTranscriber(this IServiceCollection services)
    {
        services.AddOptions<TranscriptionOptions>().BindConfiguration(TranscriptionOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TranscriptionOptions>, TranscriptionOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<ProvidersMetrics>();
        services.TryAddSingleton<ISpeechTranscriber>(serviceProvider =>
            TranscriptionOptionsValidator.IsConfigured(serviceProvider.GetRequiredService<IOptions<TranscriptionOptions>>().Value)
                ? ActivatorUtilities.CreateInstance<OpenAiSpeechTranscriber>(serviceProvider)
                : new UnconfiguredSpeechTranscriber());
        return services;
    }
}
