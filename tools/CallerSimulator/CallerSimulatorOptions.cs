namespace GrandBy.CallerSimulator;

/// <summary>Where the gateway is and how to sign as Twilio.</summary>
public sealed class CallerSimulatorOptions
{
    /// <summary>Where the simulator reaches the gateway, e.g. <c>http://127.0.0.1:5000</c>.</summary>
    public required Uri GatewayBaseUri { get; set; }

    /// <summary>The gateway's public base URL that Twilio signs webhooks with; defaults to <see cref="GatewayBaseUri"/>.</summary>
    public Uri? PublicBaseUri { get; set; }

    /// <summary>The Twilio auth token to sign with; no <c>X-Twilio-Signature</c> is sent without it.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The clip library folder when none is given to the simulator; defaults to <see cref="GrandBy.Clips.ClipLibrary.DefaultDirectory"/>.</summary>
    public string? ClipDirectory { get; set; }

    /// <summary>The voice webhook's path under the base URIs.</summary>
    public string VoiceWebhookPath { get; set; } = "/api/twilio/voice";

    /// <summary>The account the calls belong to; a new AC sid per simulator when not set.</summary>
    public string? AccountSid { get; set; }

    /// <summary>How long the webhook may take to answer (Twilio waits 15 s).</summary>
    public TimeSpan WebhookTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long opening the media stream may take.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for the gateway to close the socket after <c>stop</c>.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock for pacing, playback and timestamps.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    internal Uri VoiceWebhookUri(Uri baseUri) => new(baseUri.AbsoluteUri.TrimEnd('/') + "/" + VoiceWebhookPath.TrimStart('/'));
}
