namespace GrandBy.CallerSimulator.Twilio;

/// <summary>
/// Points the public <c>wss://</c> URL of the TwiML at the local gateway: same path, the gateway's host
/// and port, <c>ws</c> or <c>wss</c> as the gateway is served over http or https.
/// </summary>
public static class StreamUrlMapper
{
    public static Uri ToGateway(string streamUrl, Uri gatewayBaseUri)
    {
        var publicUri = new Uri(streamUrl, UriKind.Absolute);
        var builder = new UriBuilder(gatewayBaseUri)
        {
            Scheme = gatewayBaseUri.Scheme == Uri.UriSchemeHttps ? "wss" : "ws",
            Path = publicUri.AbsolutePath,
            Query = string.Empty,
            Fragment = string.Empty,
        };
        return builder.Uri;
    }
}
