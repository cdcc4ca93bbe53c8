using System.Net;
using GrandBy.Grains;
using GrandBy.Grains.Calls;
using GrandBy.ServiceDefaults;
using Orleans.Configuration;
using Orleans.Dashboard;
using StackExchange.Redis;

namespace GrandBy.Silo.Hosting;

public static class CallSiloExtensions
{
    /// <summary>
    /// Hosts the call grains in this process: clustering (localhost or Redis), call storage (memory or
    /// Redis), the Orleans dashboard, and the grains' providers and options.
    /// </summary>
    public static IHostApplicationBuilder AddCallSilo(this IHostApplicationBuilder builder)
    {
        var hosting = builder.Configuration.GetSection(ClusterTopologyOptions.SectionName).Get<SiloHostingOptions>() ?? new SiloHostingOptions();
        builder.Services.AddCallGrains();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = hosting.ClusterId;
                options.ServiceId = hosting.ServiceId;
            });
            if (hosting.UsesRedisMembership)
            {
                silo.UseRedisClustering(hosting.RequireRedisConnectionString());
                silo.ConfigureEndpoints(IPAddress.Parse(hosting.AdvertisedAddress), hosting.SiloPort, hosting.GatewayPort);
            }
            else
            {
                silo.UseLocalhostClustering(hosting.SiloPort, hosting.GatewayPort);
            }

            if (hosting.UsesRedisStorage)
            {
                silo.AddRedisGrainStorage(CallStorage.Name, options => options.ConfigurationOptions = ConfigurationOptions.Parse(hosting.RequireRedisConnectionString()));
            }
            else
            {
                silo.AddMemoryGrainStorage(CallStorage.Name);
            }

            silo.AddDashboard();
        });
        return builder;
    }
}
