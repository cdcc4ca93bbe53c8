using GrandBy.Providers.Synthesis.Google;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class GoogleTextToSpeechOptionsValidatorTests
{
    private readonly GoogleTextToSpeechOptionsValidator _validator = new();

    [Fact]
    public void Rejects_a_plaintext_endpoint_on_a_non_loopback_host()
    {
        var result = _validator.Validate(null, new GoogleTextToSpeechOptions { Endpoint = "http://tts.example.com" });

        Assert.Equal(
            ["GoogleTextToSpeech__Endpoint uses plaintext http://, which is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost); got 'http://tts.example.com'. Use https://."],
            result.Failures);
    }

    [Fact]
    public void Requires_credentials_for_the_google_endpoint()
    {
        var result = _validator.Validate(null, new GoogleTextToSpeechOptions());

        Assert.Equal(
            ["GOOGLE_APPLICATION_CREDENTIALS (or GoogleTextToSpeech__CredentialsFile) must name a service-account key file to call https://texttospeech.googleapis.com."],
            result.Failures);
    }

    [Fact]
    public void Rejects_a_speaking_rate_google_does_not_accept()
    {
        var result = _validator.Validate(null, new GoogleTextToSpeechOptions { Endpoint = "http://localhost:1", SpeakingRate = 5 });

        Assert.Equal(["GoogleTextToSpeech__SpeakingRate must be between 0.25 and 4.0; got 5."], result.Failures);
    }
}
