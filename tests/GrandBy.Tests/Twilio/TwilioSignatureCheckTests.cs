using System.Security.Cryptography;
using System.Text;
using GrandBy.Gateway.Twilio;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using MicrosoftOptions = Microsoft.Extensions.Options.Options;

namespace GrandBy.Tests.Twilio;

public class TwilioSignatureCheckTests
{
    private const string AuthToken = "12345678901234567890123456789012";
    private const string PublicBase = "https://voice.example.com";
    private const string MediaStreamUrl = "wss://voice.example.com/api/twilio/media-stream";

    private static readonly Dictionary<string, string> CallForm = new()
    {
        ["AccountSid"] = "ACa1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6",
        ["CallSid"] = "CA5f4e2f6d5a3b7c9e1d2f3a4b5c6d7e8f",
        ["From"] = "+821012345678",
        ["To"] = "+8270123456789",
        ["CallStatus"] = "in-progress",
        ["Direction"] = "outbound-api",
    };

    /// <summary>base64(HMAC-SHA1(token, url + each key+value sorted by key)), as PROTOCOLS.md §A says Twilio signs.</summary>
    private static string Sign(string url, IReadOnlyDictionary<string, string>? form = null, string token = AuthToken)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in (form ?? new Dictionary<string, string>()).OrderBy(field => field.Key, StringComparer.Ordinal))
        {
            data.Append(key).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(data.ToString())));
    }

    private static TwilioSignatureCheck Check(string? token = AuthToken, bool allowUnsigned = false, string baseUrl = PublicBase) =>
        new(MicrosoftOptions.Create(new TwilioOptions { AuthToken = token, AllowUnsignedRequests = allowUnsigned, PublicBaseUrl = new Uri(baseUrl) }));

    /// <summary>A request as ASP.NET sees it behind the proxy: internal host, plain http.</summary>
    private static HttpRequest Request(string path, string? signature, string? query = null, string header = "X-Twilio-Signature")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("10.0.3.7", 8080);
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        if (signature is not null)
        {
            context.Request.Headers[header] = signature;
        }

        return context.Request;
    }

    private static FormCollection Form(IReadOnlyDictionary<string, string> fields) =>
        new(fields.ToDictionary(field => field.Key, field => new StringValues(field.Value)));

    [Fact]
    public void Our_reference_signature_matches_twilios_documented_example()
    {
        // Twilio's own example (docs "Webhooks security"): token 12345, this URL and these fields.
        var form = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE",
            ["Caller"] = "+12349013030",
            ["Digits"] = "1234",
            ["From"] = "+12349013030",
            ["To"] = "+18005551212",
        };

        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", Sign("https://mycompany.com/myapp.php?foo=1&bar=2", form, token: "12345"));
    }

    [Fact]
    public void A_webhook_signed_for_its_public_url_and_form_passes()
    {
        var signature = Sign(PublicBase + "/api/twilio/voice", CallForm);

        Assert.True(Check().IsValidWebhook(Request("/api/twilio/voice", signature), Form(CallForm)));
    }

    [Fact]
    public void A_webhook_signed_with_its_query_string_passes()
    {
        var signature = Sign(PublicBase + "/api/twilio/voice?SeniorId=senior-7&Attempt=2", CallForm);

        Assert.True(Check().IsValidWebhook(Request("/api/twilio/voice", signature, "?SeniorId=senior-7&Attempt=2"), Form(CallForm)));
    }

    [Fact]
    public void A_webhook_with_korean_form_values_passes()
    {
        var form = new Dictionary<string, string>(CallForm) { ["SpeechResult"] = "무릎이 조금 아파요", ["CallerName"] = "김영희" };
        var signature = Sign(PublicBase + "/api/twilio/voice", form);

        Assert.True(Check().IsValidWebhook(Request("/api/twilio/voice", signature), Form(form)));
    }

    [Fact]
    public void A_webhook_behind_a_public_base_path_is_checked_against_the_full_public_url()
    {
        var signature = Sign("https://example.com/gateway/api/twilio/stream-status", CallForm);

        Assert.True(Check(baseUrl: "https://example.com/gateway/").IsValidWebhook(Request("/api/twilio/stream-status", signature), Form(CallForm)));
    }

    [Fact]
    public void The_signature_header_may_arrive_in_lower_case()
    {
        var signature = Sign(PublicBase + "/api/twilio/voice", CallForm);

        Assert.True(Check().IsValidWebhook(Request("/api/twilio/voice", signature, header: "x-twilio-signature"), Form(CallForm)));
    }

    [Fact]
    public void A_webhook_signed_for_the_internal_url_fails()
    {
        var signature = Sign("http://10.0.3.7:8080/api/twilio/voice", CallForm);

        Assert.False(Check().IsValidWebhook(Request("/api/twilio/voice", signature), Form(CallForm)));
    }

    [Fact]
    public void A_webhook_signed_with_another_token_fails()
    {
        var signature = Sign(PublicBase + "/api/twilio/voice", CallForm, token: "another-token-0000000000000000000");

        Assert.False(Check().IsValidWebhook(Request("/api/twilio/voice", signature), Form(CallForm)));
    }

    [Fact]
    public void A_webhook_whose_form_was_changed_after_signing_fails()
    {
        var signature = Sign(PublicBase + "/api/twilio/voice", CallForm);
        var tampered = new Dictionary<string, string>(CallForm) { ["From"] = "+821099999999" };

        Assert.False(Check().IsValidWebhook(Request("/api/twilio/voice", signature), Form(tampered)));
    }

    [Fact]
    public void A_webhook_with_an_unsigned_extra_field_fails()
    {
        var signature = Sign(PublicBase + "/api/twilio/voice", CallForm);
        var extended = new Dictionary<string, string>(CallForm) { ["Injected"] = "1" };

        Assert.False(Check().IsValidWebhook(Request("/api/twilio/voice", signature), Form(extended)));
    }

    [Fact]
    public void A_webhook_for_another_path_fails()
    {
        var signature = Sign(PublicBase + "/api/twilio/voice", CallForm);

        Assert.False(Check().IsValidWebhook(Request("/api/twilio/stream-status", signature), Form(CallForm)));
    }

    [Theory]
    [InlineData("not-a-signature")]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]
    public void A_webhook_with_a_garbage_signature_fails(string signature)
    {
        Assert.False(Check().IsValidWebhook(Request("/api/twilio/voice", signature), Form(CallForm)));
    }

    [Fact]
    public void A_webhook_without_a_signature_fails()
    {
        Assert.False(Check().IsValidWebhook(Request("/api/twilio/voice", null), Form(CallForm)));
        Assert.False(Check().IsValidWebhook(Request("/api/twilio/voice", ""), Form(CallForm)));
    }

    [Fact]
    public void A_media_stream_upgrade_signed_for_the_exact_wss_url_passes()
    {
        var signature = Sign(MediaStreamUrl);

        Assert.True(Check().IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", signature)));
    }

    [Fact]
    public void A_media_stream_upgrade_signed_for_the_https_url_asp_net_sees_fails()
    {
        var signature = Sign(PublicBase + "/api/twilio/media-stream");

        Assert.False(Check().IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", signature)));
    }

    [Fact]
    public void A_media_stream_upgrade_is_checked_without_its_query_string()
    {
        var signature = Sign(MediaStreamUrl);

        Assert.True(Check().IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", signature, "?unexpected=1")));
    }

    [Fact]
    public void A_media_stream_upgrade_behind_a_public_base_path_is_checked_against_that_wss_url()
    {
        var signature = Sign("wss://example.com/gateway/api/twilio/media-stream");

        Assert.True(Check(baseUrl: "https://example.com/gateway").IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", signature)));
    }

    [Theory]
    [InlineData("not-a-signature")]
    [InlineData("0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]
    public void A_media_stream_upgrade_with_a_wrong_signature_fails(string signature)
    {
        Assert.False(Check().IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", signature)));
    }

    [Fact]
    public void A_media_stream_upgrade_without_a_signature_fails()
    {
        Assert.False(Check().IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", null)));
        Assert.False(Check().IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", "")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_a_token_and_with_unsigned_requests_allowed_everything_passes(string? token)
    {
        var check = Check(token, allowUnsigned: true);

        Assert.True(check.IsValidWebhook(Request("/api/twilio/voice", null), Form(CallForm)));
        Assert.True(check.IsValidWebhook(Request("/api/twilio/voice", "garbage"), Form(CallForm)));
        Assert.True(check.IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", null)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Without_a_token_and_without_unsigned_requests_allowed_nothing_passes(string? token)
    {
        var check = Check(token, allowUnsigned: false);

        Assert.False(check.IsValidWebhook(Request("/api/twilio/voice", null), Form(CallForm)));
        Assert.False(check.IsValidWebhook(Request("/api/twilio/voice", Sign(PublicBase + "/api/twilio/voice", CallForm)), Form(CallForm)));
        Assert.False(check.IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", Sign(MediaStreamUrl))));
    }

    [Fact]
    public void With_a_token_allowing_unsigned_requests_does_not_let_an_unsigned_request_pass()
    {
        var check = Check(AuthToken, allowUnsigned: true);

        Assert.False(check.IsValidWebhook(Request("/api/twilio/voice", null), Form(CallForm)));
        Assert.False(check.IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", null)));
    }

    [Fact]
    public void With_a_token_allowing_unsigned_requests_does_not_skip_the_check()
    {
        var check = Check(AuthToken, allowUnsigned: true);

        Assert.False(check.IsValidWebhook(Request("/api/twilio/voice", "garbage"), Form(CallForm)));
        Assert.False(check.IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", "garbage")));
        Assert.True(check.IsValidMediaStreamUpgrade(Request("/api/twilio/media-stream", Sign(MediaStreamUrl))));
    }
}
