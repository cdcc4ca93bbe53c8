namespace GrandBy.LlmEmulator;

/// <summary>Settings of the chat completions emulator; in the standalone program every key is a command-line switch (<c>--Port 5072</c>).</summary>
public sealed class LlmEmulatorOptions
{
    /// <summary>TCP port on <see cref="BindAddress"/>; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Address to listen on; loopback unless the emulator runs in a container.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>When set, the <c>api-key</c> header (Azure path) or bearer token (OpenAI path) must equal it; when null any key passes.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Deployments (Azure path) or models (OpenAI path) that exist; others get 404. Empty accepts every name.</summary>
    public IList<string> Deployments { get; set; } = [];

    /// <summary>The rules file; a relative path is resolved against the program's folder.</summary>
    public string RulesPath { get; set; } = Path.Combine("rules", "ko-checkin.json");

    /// <summary>Delay between the request and the first content token.</summary>
    public TimeSpan TimeToFirstToken { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Delay between two content tokens.</summary>
    public TimeSpan TokenInterval { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How many requests, from the start, fail with <see cref="FailureStatusCode"/>; more can be armed with <see cref="LlmEmulatorServer.FailNextRequests"/>.</summary>
    public int FailNextRequests { get; set; }

    /// <summary>Status of injected failures: 429 (with <c>retry-after-ms</c>) or a 5xx.</summary>
    public int FailureStatusCode { get; set; } = 429;

    /// <summary>The <c>retry-after-ms</c>, <c>x-ms-retry-after-ms</c> and <c>Retry-After</c> of an injected 429.</summary>
    public TimeSpan FailureRetryAfter { get; set; } = TimeSpan.FromSeconds(1);
}
