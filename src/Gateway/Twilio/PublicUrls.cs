using Microsoft.AspNetCore.Http;

namespace GrandBy.Gateway.Twilio;

/// <summary>The URLs Twilio uses for this gateway, built from the configured public base URL.</summary>
public static class PublicUrls
{
    public static string Http(TwilioOptions options, PathString path, QueryString query = default) =>
        BaseOf(options) + path.ToUriComponent() + query.ToUriComponent();

    /// <summary>The media-stream URL exactly as it stands in the TwiML and as Twilio signs it.</summary>
    public static string MediaStream(TwilioOptions options)
    {
        var baseUrl = options.PublicBaseUrl ?? throw new InvalidOperationException("Twilio:PublicBaseUrl is not set.");
        var scheme = baseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return $"{scheme}://{baseUrl.Authority}{BasePath(baseUrl)}{options.MediaStreamPath}";
    }

    private static string BaseOf(TwilioOptions options)
    {
        var baseUrl = options.PublicBaseUrl ?? throw new InvalidOperationException("Twilio:PublicBaseUrl is not set.");
        return $"{baseUrl.Scheme}://{baseUrl.Authority}{BasePath(baseUrl)}";
    }

    private static string BasePath(Uri baseUrl) => baseUrl.AbsolutePath.TrimEnd('/');
}
