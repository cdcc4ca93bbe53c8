using GrandBy.ServiceDefaults;
using Orleans.Configuration;

namespace GrandBy.Gateway.Hosting;

public static class ClusterClientExtensions
{
    /// <summary>Joins the silos as an Orleans client, finding them through Redis or on this machine.</summary>
    public static IHostApplicationBuilder AddCallClusterClient(this IHostApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(ClusterTopologyOptions.SectionName).Get<ClusterTopologyOptions>() ?? new ClusterTopologyOptions();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = cluster.ServiceId;
            });
            if (cluster.UsesRedisMembership)
            {
                client.UseRedisClustering(cluster.RequireRedisConnectionString());
            }
            else
            {
                client.UseLocalhostClustering();
            }
        });
        return builder;
    }
}
