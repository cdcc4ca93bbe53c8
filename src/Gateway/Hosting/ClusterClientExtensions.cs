using Orleans.Configuration;

namespace GrandBy.Gateway.Hosting;

public static class ClusterClientExtensions
{
    /// <summary>Joins the silos as an Orleans client, finding them through Redis or on this machine.</summary>
    public static IHostApplicationBuilder AddCallClusterClient(this IHostApplicationBuilder builder)
    {
        var cluster = builder.Configuration.GetSection(ClusterClientOptions.SectionName).Get<ClusterClientOptions>() ?? new ClusterClientOptions();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options =>
            {
                options.ClusterId = cluster.ClusterId;
                options.ServiceId = cluster.ServiceId;
            });
            if (string.Equals(cluster.Membership, "Redis", StringComparison.OrdinalIgnoreCase))
            {
                var connection = cluster.RedisConnectionString
                    ?? throw new InvalidOperationException("Cluster:RedisConnectionString (Cluster__RedisConnectionString) is required when Cluster:Membership is Redis.");
                client.UseRedisClustering(connection);
            }
            else
            {
                client.UseLocalhostClustering();
            }
        });
        return builder;
    }
}
