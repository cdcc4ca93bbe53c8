using GrandBy.Gateway.Twilio;
using Microsoft.AspNetCore.Http;

namespace GrandBy.Tests.Twilio;

public class PublicUrlsTests
{
    private static TwilioOptions Options(string? baseUrl, string? mediaStreamPath = null)
    {
        var options = new TwilioOptions { PublicBaseUrl = baseUrl is null ? null : new Uri(baseUrl) };
        if (mediaStreamPath is not null)
        {
            options.MediaStreamPath = mediaStreamPath;
        }

        return options;
    }

    [Theory]
    [InlineData("https://voice.example.com", "wss://voice.example.com/api/twilio/media-stream")]
    [InlineData("https://voice.example.com/", "wss://voice.example.com/api/twilio/media-stream")]
    [InlineData("https://example.com/gateway/", "wss://example.com/gateway/api/twilio/media-stream")]
    [InlineData("https://example.com/gateway", "wss://example.com/gateway/api/twilio/media-stream")]
    [InlineData("https://voice.example.com:8443", "wss://voice.example.com:8443/api/twilio/media-stream")]
    [InlineData("https://voice.example.com:443", "wss://voice.example.com/api/twilio/media-stream")]
    [InlineData("http://localhost:5080", "ws://localhost:5080/api/twilio/media-stream")]
    public void Media_stream_url_is_the_public_host_with_the_websocket_scheme(string baseUrl, string expected)
    {
        Assert.Equal(expected, PublicUrls.MediaStream(Options(baseUrl)));
    }

    [Fact]
    public void Media_stream_url_uses_the_configured_path()
    {
        Assert.Equal("wss://voice.example.com/ws/twilio", PublicUrls.MediaStream(Options("https://voice.example.com", "/ws/twilio")));
    }

    [Theory]
    [InlineData("https://voice.example.com", "/api/twilio/voice", "", "https://voice.example.com/api/twilio/voice")]
    [InlineData("https://voice.example.com/", "/api/twilio/voice", "?SeniorId=7", "https://voice.example.com/api/twilio/voice?SeniorId=7")]
    [InlineData("https://example.com/gateway/", "/api/twilio/connect-action", "", "https://example.com/gateway/api/twilio/connect-action")]
    [InlineData("http://localhost:5080", "/api/twilio/stream-status", "?a=1&b=2", "http://localhost:5080/api/twilio/stream-status?a=1&b=2")]
    public void Http_url_is_the_public_base_with_the_path_and_query(string baseUrl, string path, string query, string expected)
    {
        Assert.Equal(expected, PublicUrls.Http(Options(baseUrl), new PathString(path), new QueryString(query.Length == 0 ? null : query)));
    }

    [Fact]
    public void Http_url_escapes_a_non_ascii_path()
    {
        Assert.Equal("https://voice.example.com/api/%EC%A0%84%ED%99%94", PublicUrls.Http(Options("https://voice.example.com"), new PathString("/api/전화")));
    }

    [Fact]
    public void Without_a_public_base_url_no_url_can_be_built()
    {
        var options = Options(null);

        Assert.Equal("Twilio:PublicBaseUrl is not set.", Assert.Throws<InvalidOperationException>(() => PublicUrls.MediaStream(options)).Message);
        Assert.Equal("Twilio:PublicBaseUrl is not set.", Assert.Throws<InvalidOperationException>(() => PublicUrls.Http(options, new PathString("/x"))).Message);
    }
}
