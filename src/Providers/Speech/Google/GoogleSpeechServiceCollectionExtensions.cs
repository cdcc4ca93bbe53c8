using GrandBy.Providers.Diagnostics;
using GrandBy.Providers.Google;
using GrandBy.Providers.Speech;
using GrandBy.Providers.Speech.Google;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class GoogleSpeechServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISpeechRecognizer"/> on Google Speech v1, options from section <c>GoogleSpeech</c> and the seed keys, validated at start.</summary>
    public static IServiceCollection AddGoogleSpeechRecognizer(this IServiceCollection services)
    {
        services.AddOptions<GoogleSpeechOptions>().BindConfiguration(GoogleSpeechOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<GoogleSpeechOptions>, GoogleSpeechSeedKeys>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<GoogleSpeechOptions>, GoogleSpeechModelFallbacksBinding>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GoogleSpeechOptions>, GoogleSpeechOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<ProvidersMetrics>();
        services.TryAddSingleton<GoogleAccessTokenSource>();
        services.TryAddSingleton<GoogleSpeechChannel>();
        services.TryAddSingleton<ISpeechRecognizer, GoogleSpeechRecognizer>();
        return services;
    }
}
