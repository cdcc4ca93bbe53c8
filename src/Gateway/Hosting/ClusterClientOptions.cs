namespace GrandBy.Gateway.Hosting;

/// <summary>How a stand-alone gateway finds the silos.</summary>
public sealed class ClusterClientOptions
{
    public const string SectionName = "Cluster";

    /// <summary><c>Redis</c> (the membership table in Redis) or <c>Localhost</c> (one silo on this machine).</summary>
    public string Membership { get; set; } = "Localhost";

    public string? RedisConnectionString { get; set; }

    public string ClusterId { get; set; } = "grandby";

    public string ServiceId { get; set; } = "grandby-voice";
}
