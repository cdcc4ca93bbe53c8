using Orleans.Dashboard;
using System.Net;
using GrandBy.Grains;
using GrandBy.Grains.Calls;
using Orleans.Configuration;
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
        var hosting = builder.Configuration.GetSection(SiloHostingOptions.SectionName).Get<SiloHostingOptions>() ?? new SiloHostingOptions();
        builder.Services.AddCallGrains();
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = hosting.ClusterId;
                options.ServiceId = hosting.ServiceId;
            });
            if (IsRedis(hosting.Membership))
            {
                silo.UseRedisClustering(RedisConnection(hosting));
                silo.ConfigureEndpoints(IPAddress.Loopback, hosting.SiloPort, hosting.GatewayPort);
            }
            else
            {
                silo.UseLocalhostClustering(hosting.SiloPort, hosting.GatewayPort);
            }

            if (IsRedis(hosting.Storage))
            {
                silo.AddRedisGrainStorage(CallStorage.Name, options => options.ConfigurationOptions = ConfigurationOptions.Parse(RedisConnection(hosting)));
            }
            else
            {
                silo.AddMemoryGrainStorage(CallStorage.Name);
            }

            silo.AddDashboard();
        });
        return builder;
    }

    private static bool IsRedis(string setting) => string.Equals(setting, "Redis", StringComparison.OrdinalIgnoreCase);

    private static string RedisConnection(SiloHostingOptions hosting) =>
        hosting.RedisConnectionString
        ?? throw new InvalidOperationException("Cluster:RedisConnectionString (Cluster__RedisConnectionString) is required when membership or storage is Redis.");
}
