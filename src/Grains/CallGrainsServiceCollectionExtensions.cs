using GrandBy.Grains.Calls;
using GrandBy.Grains.Diagnostics;
using GrandBy.Grains.Response;
using GrandBy.Grains.Stt;
using GrandBy.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GrandBy.Grains;

public static class CallGrainsServiceCollectionExtensions
{
    /// <summary>What the call grains need on a silo: their options (validated at start), metrics and the voice providers.</summary>
    public static IServiceCollection AddCallGrains(this IServiceCollection services)
    {
        services.AddOptions<CallOptions>().BindConfiguration(CallOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SttOptions>().BindConfiguration(SttOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SttOptions>, SttOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<SttOptions>, SttModeSeedKey>());
        services.TryAddSingleton<SttMetrics>();
        services.AddOptions<ResponseOptions>().BindConfiguration(ResponseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<CallMetrics>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddVoiceProviders();
        return services;
    }
}
