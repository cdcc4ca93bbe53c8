namespace GrandBy.Silo.Hosting;

/// <summary>How a silo finds its cluster and where calls persist.</summary>
public sealed class SiloHostingOptions
{
    public const string SectionName = "Cluster";

    /// <summary><c>Localhost</c> (a single machine, the embedded default) or <c>Redis</c> (the membership table in Redis).</summary>
    public string Membership { get; set; } = "Localhost";

    /// <summary><c>Memory</c> (embedded default: calls are lost with the process) or <c>Redis</c>.</summary>
    public string Storage { get; set; } = "Memory";

    public string? RedisConnectionString { get; set; }

    public string ClusterId { get; set; } = "grandby";

    public string ServiceId { get; set; } = "grandby-voice";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}
