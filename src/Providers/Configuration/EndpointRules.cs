using System.Net;

namespace GrandBy.Providers.Configuration;

/// <summary>Checks provider endpoints: absolute http(s) URLs, with plaintext allowed only on loopback.</summary>
internal static class EndpointRules
{
    /// <summary>Returns an error naming <paramref name="key"/>, or null when the endpoint is acceptable.</summary>
    public static string? Validate(string? endpoint, string key)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return $"{key} is required.";
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"{key} must be an absolute http(s) URL; got '{endpoint}'.";
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            return $"{key} uses plaintext http://, which is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost); got '{endpoint}'. Use https://.";
        }

        return null;
    }

    public static bool IsPlaintext(string endpoint) =>
        new Uri(endpoint, UriKind.Absolute).Scheme == Uri.UriSchemeHttp;

    public static bool IsLoopback(Uri uri)
    {
        if (string.Equals(uri.DnsSafeHost, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address);
    }
}
