using GrandBy.ServiceDefaults;

namespace GrandBy.Silo.Hosting;

/// <summary>A silo's part of the <c>Cluster</c> section: where calls persist and its ports.</summary>
public sealed class SiloHostingOptions : ClusterTopologyOptions
{
    /// <summary><c>Memory</c> (embedded default: calls are lost with the process) or <c>Redis</c>.</summary>
    public string Storage { get; set; } = "Memory";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and gateways reach this silo at in Redis membership: this node's IP in a multi-machine cluster.</summary>
    public string AdvertisedAddress { get; set; } = "127.0.0.1";

    public bool UsesRedisStorage => IsRedis(Storage);
}
