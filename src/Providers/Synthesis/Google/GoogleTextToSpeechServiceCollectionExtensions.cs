using GrandBy.Providers.Diagnostics;
using GrandBy.Providers.Google;
using GrandBy.Providers.Synthesis;
using GrandBy.Providers.Synthesis.Google;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class GoogleTextToSpeechServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ISpeechSynthesizer"/> on Google Text-to-Speech v1, options from section <c>GoogleTextToSpeech</c>, validated at start.</summary>
    public static IServiceCollection AddGoogleTextToSpeech(this IServiceCollection services)
    {
        services.AddOptions<GoogleTextToSpeechOptions>().BindConfiguration(GoogleTextToSpeechOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<GoogleTextToSpeechOptions>, GoogleTextToSpeechSeedKeys>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GoogleTextToSpeechOptions>, GoogleTextToSpeechOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton<ProvidersMetrics>();
        services.TryAddSingleton<GoogleAccessTokenSource>();

        // The synthesizer is a singleton holding one typed HttpClient, so connections are recycled by
        // PooledConnectionLifetime instead of by handler rotation (which a held client would never see).
        services.AddHttpClient<GoogleTextToSpeechSynthesizer>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(serviceProvider => new SocketsHttpHandler
            {
                ConnectTimeout = serviceProvider.GetRequiredService<IOptions<GoogleTextToSpeechOptions>>().Value.Timeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<ISpeechSynthesizer>(serviceProvider => serviceProvider.GetRequiredService<GoogleTextToSpeechSynthesizer>());
        return services;
    }
}
