using GrandBy.CallerSimulator.Twilio;
using Twilio.Security;

namespace GrandBy.CallerSimulator.Tests.Twilio;

public sealed class TwilioSignatureTests
{
    private const string AuthToken = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_webhook_signature_is_accepted_by_the_Twilio_validator()
    {
        var fields = new VoiceWebhookRequest(TwilioSid.New("AC"), TwilioSid.New("CA"), "+821012345678", "+8215880000").ToFormFields()
            .Append(new("Note", "안녕하세요 & =?"))
            .ToList();
        const string url = "https://public.example.test/api/twilio/voice";

        var signature = TwilioSignature.Compute(AuthToken, url, fields);

        var parameters = fields.ToDictionary(f => f.Key, f => f.Value);
        Assert.True(new RequestValidator(AuthToken).Validate(url, parameters, signature));
        Assert.False(new RequestValidator("another-token").Validate(url, parameters, signature));
    }

    [Fact]
    public void A_stream_signature_over_the_wss_url_alone_is_accepted_by_the_Twilio_validator()
    {
        const string url = "wss://public.example.test/api/twilio/media";

        var signature = TwilioSignature.Compute(AuthToken, url);

        Assert.True(new RequestValidator(AuthToken).Validate(url, new Dictionary<string, string>(), signature));
    }

    [Fact]
    public void Twilio_sids_are_a_prefix_and_32_hex_digits()
    {
        Assert.Matches("^CA[0-9a-f]{32}$", TwilioSid.New("CA"));
        Assert.NotEqual(TwilioSid.New("MZ"), TwilioSid.New("MZ"));
    }
}
