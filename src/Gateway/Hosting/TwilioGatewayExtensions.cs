using GrandBy.Gateway.Diagnostics;
using GrandBy.Gateway.MediaStreams;
using GrandBy.Gateway.Calls;
using GrandBy.Gateway.Twilio;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GrandBy.Gateway.Hosting;

public static class TwilioGatewayExtensions
{
    /// <summary>
    /// The gateway's services: Twilio options (validated at start), signature checks, media-stream
    /// sessions and metrics. Needs an <see cref="IGrainFactory"/>: a cluster client, or a co-hosted silo.
    /// </summary>
    public static IHostApplicationBuilder AddTwilioGateway(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TwilioOptions>().BindConfiguration(TwilioOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioOptions>, TwilioOptionsValidator>());
        services.AddOptions<MediaStreamOptions>().BindConfiguration(MediaStreamOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton<TwilioSignatureCheck>();
        services.TryAddSingleton<MediaStreamSessionFactory>();
        return builder;
    }

    /// <summary>WebSockets plus the Twilio and call endpoints.</summary>
    public static WebApplication MapTwilioGateway(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.MapTwilioEndpoints();
        app.MapCallEndpoints();
        return app;
    }
}
