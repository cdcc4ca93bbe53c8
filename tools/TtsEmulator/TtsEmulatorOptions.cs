namespace GrandBy.TtsEmulator;

/// <summary>Settings of the Text-to-Speech emulator; in the standalone program every key is a command-line switch (<c>--Port 5071</c>).</summary>
public sealed class TtsEmulatorOptions
{
    /// <summary>TCP port on <see cref="BindAddress"/>; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Address to listen on; loopback unless the emulator runs in a container.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary><c>auto</c> (espeak when <c>espeak-ng</c> and <c>sox</c> are on PATH, else synthetic), <c>espeak</c> or <c>synthetic</c>.</summary>
    public string Voice { get; set; } = VoiceKinds.Auto;

    /// <summary>When set, a request without <c>Authorization: Bearer …</c> gets 401 UNAUTHENTICATED, as Google answers.</summary>
    public bool RequireAuthorization { get; set; }

    /// <summary>When set with <see cref="RequireAuthorization"/>, the bearer token must equal it; otherwise any token passes.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Delay added before every answer, to imitate the network and the service.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Longest time an espeak-ng/sox run may take before the request fails with 500.</summary>
    public TimeSpan EspeakTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
