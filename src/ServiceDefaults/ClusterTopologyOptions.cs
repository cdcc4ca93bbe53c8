namespace GrandBy.ServiceDefaults;

/// <summary>How silos and gateways find each other: the <c>Cluster</c> section both kinds of host read.</summary>
public class ClusterTopologyOptions
{
    public const string SectionName = "Cluster";

    /// <summary><c>Localhost</c> (a single machine, the embedded default) or <c>Redis</c> (the membership table in Redis).</summary>
    public string Membership { get; set; } = "Localhost";

    public string? RedisConnectionString { get; set; }

    public string ClusterId { get; set; } = "grandby";

    public string ServiceId { get; set; } = "grandby-voice";

    public bool UsesRedisMembership => IsRedis(Membership);

    protected static bool IsRedis(string setting) => string.Equals(setting, "Redis", StringComparison.OrdinalIgnoreCase);

    /// <summary>The Redis connection string, or a start-up error naming the key.</summary>
    public string RequireRedisConnectionString() =>
        RedisConnectionString
        ?? throw new InvalidOperationException("Cluster:RedisConnectionString (Cluster__RedisConnectionString) is required when membership or storage is Redis.");
}
