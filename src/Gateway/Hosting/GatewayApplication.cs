using GrandBy.ServiceDefaults;

namespace GrandBy.Gateway.Hosting;

/// <summary>The stand-alone gateway: Twilio endpoints in front of a cluster it joins as an Orleans client.</summary>
public static class GatewayApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddCallClusterClient();
        builder.AddTwilioGateway();

        var app = builder.Build();
        app.MapTwilioGateway();
        app.MapDefaultEndpoints();
        return app;
    }
}
