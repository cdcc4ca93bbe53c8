using GrandBy.Gateway.Hosting;
using GrandBy.ServiceDefaults;
using GrandBy.Silo.Hosting;
using Orleans.Dashboard;

namespace GrandBy.Embedded;

/// <summary>Gateway and silo in one process with localhost clustering: the default for a laptop, the demo and the end-to-end tests.</summary>
public static class EmbeddedApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddCallSilo();
        builder.AddTwilioGateway();

        var app = builder.Build();
        app.MapTwilioGateway();
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        app.MapDefaultEndpoints();
        return app;
    }
}
