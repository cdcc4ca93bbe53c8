namespace GrandBy.Demo.Hosting;

/// <summary>How the local stack is laid out; the emulator delays are what the latency figures assume.</summary>
public sealed class LocalVoiceStackOptions
{
    /// <summary>The embedded host's HTTP port; 0 picks a free one.</summary>
    public int GatewayPort { get; set; }

    /// <summary>The public URL the simulated Twilio signs and the TwiML names; nothing listens there.</summary>
    public Uri PublicBaseUrl { get; set; } = new("https://voice.grandby.test");

    public string TwilioAuthToken { get; set; } = "local-twilio-auth-token";

    public string ChatApiKey { get; set; } = "local-azure-openai-key";

    public string ChatDeployment { get; set; } = "gpt-4o-mini";

    public TimeSpan LlmTimeToFirstToken { get; set; } = TimeSpan.FromMilliseconds(300);

    public TimeSpan LlmTokenInterval { get; set; } = TimeSpan.FromMilliseconds(20);

    public TimeSpan TtsLatency { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Non-matching audio after speech before the speech emulator sends its final, as Google's endpointing does.</summary>
    public TimeSpan SttEndpointSilence { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Extra configuration for the embedded host (e.g. <c>MediaStream:AudioBatch</c>).</summary>
    public Dictionary<string, string?> HostSettings { get; set; } = [];

    /// <summary>Redis to run a silo and a separate gateway in cluster mode with; null runs the embedded host.</summary>
    public string? RedisConnectionString { get; set; }

    /// <summary>Minimum level of the embedded host's console log.</summary>
    public LogLevel HostLogLevel { get; set; } = LogLevel.Warning;
}
