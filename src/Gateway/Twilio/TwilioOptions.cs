namespace GrandBy.Gateway.Twilio;

public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    /// <summary>The account's auth token; every webhook and media-stream upgrade must carry its signature.</summary>
    public string? AuthToken { get; set; }

    /// <summary>
    /// The https URL Twilio reaches this gateway at (e.g. https://voice.example.com). Signatures cover
    /// the public URL, and the TwiML's stream URL is built from its host with the wss scheme.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Development only: accept requests without a valid signature when no auth token is set.</summary>
    public bool AllowUnsignedRequests { get; set; }

    public string MediaStreamPath { get; set; } = "/api/twilio/media-stream";
}
