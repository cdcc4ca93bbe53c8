using GrandBy.ServiceDefaults;
using Orleans.Dashboard;

namespace GrandBy.Silo.Hosting;

/// <summary>A silo of the cluster: the call grains, the dashboard, metrics and health.</summary>
public static class SiloApplication
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        builder.AddServiceDefaults();
        builder.AddCallSilo();

        var app = builder.Build();
        app.MapOrleansDashboard(routePrefix: "/dashboard");
        app.MapDefaultEndpoints();
        return app;
    }
}
