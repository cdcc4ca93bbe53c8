using System.Net;
using System.Net.WebSockets;
using System.Xml.Linq;
using GrandBy.CallerSimulator.Twilio;

namespace GrandBy.IntegrationTests;

/// <summary>With an auth token configured, nothing reaches a call without Twilio's signature.</summary>
[Collection(LocalStackCollection.Name)]
public sealed class TwilioSignatureTests(LocalStackFixture fixture)
{
    private static readonly Dictionary<string, string> CallFields = new()
    {
        ["AccountSid"] = "AC00000000000000000000000000000001",
        ["CallSid"] = "CA00000000000000000000000000000001",
        ["From"] = "+821012345678",
        ["To"] = "+8215880000",
        ["CallStatus"] = "ringing",
        ["Direction"] = "inbound",
    };

    [Fact]
    public async Task Signed_voice_webhook_is_answered_with_a_stream_to_the_public_wss_url()
    {
        using var http = new HttpClient { BaseAddress = fixture.Stack.GatewayBaseUri };
        using var request = VoiceWebhook(Sign(CallFields));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var twiml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var stream = twiml.Root!.Element("Connect")!.Element("Stream")!;
        Assert.Equal("wss://voice.grandby.test/api/twilio/media-stream", stream.Attribute("url")!.Value);
        Assert.Equal("https://voice.grandby.test/api/twilio/connect-action", twiml.Root.Element("Connect")!.Attribute("action")!.Value);
        Assert.Equal(
            [("From", "+821012345678"), ("To", "+8215880000"), ("Direction", "inbound")],
            stream.Elements("Parameter").Select(p => (p.Attribute("name")!.Value, p.Attribute("value")!.Value)).ToArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("bm90IHRoZSBzaWduYXR1cmU=")]
    public async Task Voice_webhook_without_a_valid_signature_is_forbidden(string? signature)
    {
        using var http = new HttpClient { BaseAddress = fixture.Stack.GatewayBaseUri };
        using var request = VoiceWebhook(signature);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Voice_webhook_signed_for_other_form_fields_is_forbidden()
    {
        using var http = new HttpClient { BaseAddress = fixture.Stack.GatewayBaseUri };
        var signature = Sign(new Dictionary<string, string>(CallFields) { ["From"] = "+821099999999" });

        using var response = await http.SendAsync(VoiceWebhook(signature));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://voice.grandby.test/api/twilio/media-stream")]
    public async Task Media_stream_upgrade_without_the_signature_of_the_exact_wss_url_is_forbidden(string? signedUrl)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (signedUrl is not null)
        {
            socket.Options.SetRequestHeader(TwilioSignature.HeaderName, TwilioSignature.Compute(fixture.Stack.Options.TwilioAuthToken, signedUrl));
        }

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(MediaStreamUri(), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private HttpRequestMessage VoiceWebhook(string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/twilio/voice") { Content = new FormUrlEncodedContent(CallFields) };
        if (signature is not null)
        {
            request.Headers.Add(TwilioSignature.HeaderName, signature);
        }

        return request;
    }

    private string Sign(IReadOnlyDictionary<string, string> fields) =>
        TwilioSignature.Compute(fixture.Stack.Options.TwilioAuthToken, "https://voice.grandby.test/api/twilio/voice", fields);

    private Uri MediaStreamUri() => new($"ws://{fixture.Stack.GatewayBaseUri.Authority}/api/twilio/media-stream");
}
