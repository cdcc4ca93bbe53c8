using GrandBy.Providers.Speech.Google;
using GrandBy.Providers.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class GoogleSpeechOptionsValidatorTests
{
    private readonly GoogleSpeechOptionsValidator _validator = new();

    [Fact]
    public void Accepts_a_loopback_plaintext_endpoint_without_credentials()
    {
        var result = _validator.Validate(null, new GoogleSpeechOptions { Endpoint = "http://127.0.0.1:50051" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Rejects_a_plaintext_endpoint_on_a_non_loopback_host()
    {
        var result = _validator.Validate(null, new GoogleSpeechOptions { Endpoint = "http://10.1.2.3:50051" });

        Assert.Equal(
            ["GoogleSpeech__Endpoint uses plaintext http://, which is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost); got 'http://10.1.2.3:50051'. Use https://."],
            result.Failures);
    }

    [Fact]
    public void Requires_credentials_for_the_google_endpoint()
    {
        var result = _validator.Validate(null, new GoogleSpeechOptions());

        Assert.Equal(
            ["GOOGLE_APPLICATION_CREDENTIALS (or GoogleSpeech__CredentialsFile) must name a service-account key file to call https://speech.googleapis.com."],
            result.Failures);
    }

    [Fact]
    public void Rejects_a_credentials_file_that_does_not_exist()
    {
        var result = _validator.Validate(null, new GoogleSpeechOptions { CredentialsFile = "/nonexistent/key.json" });

        Assert.Equal(
            ["GOOGLE_APPLICATION_CREDENTIALS (or GoogleSpeech__CredentialsFile) names '/nonexistent/key.json', which does not exist."],
            result.Failures);
    }

    [Fact]
    public void Rejects_single_utterance_with_a_model_that_does_not_support_it()
    {
        var result = _validator.Validate(null, new GoogleSpeechOptions { Endpoint = "http://127.0.0.1:1", Model = "latest_long", SingleUtterance = true });

        Assert.Equal(
            ["GoogleSpeech__SingleUtterance (or GOOGLE_STT_SINGLE_UTTERANCE) needs model command_and_search, phone_call with UseEnhanced, or no model; got model 'latest_long'."],
            result.Failures);
    }

    [Fact]
    public void Rejects_max_alternatives_outside_1_to_30()
    {
        var result = _validator.Validate(null, new GoogleSpeechOptions { Endpoint = "http://127.0.0.1:1", MaxAlternatives = 0 });

        Assert.Equal(
            ["GoogleSpeech__MaxAlternatives (or GOOGLE_STT_MAX_ALTERNATIVES) must be between 1 and 30; got 0."],
            result.Failures);
    }

    [Fact]
    public void Rejects_an_empty_fallback_model_naming_its_index()
    {
        var result = _validator.Validate(null, new GoogleSpeechOptions { Endpoint = "http://127.0.0.1:1", ModelFallbacks = ["latest_long", " "] });

        Assert.Equal(["GoogleSpeech__ModelFallbacks__1 must name a model; it is empty."], result.Failures);
    }

    [Fact]
    public void Falls_back_to_latest_long_then_default_unless_configured()
    {
        using var services = ProviderServices.Build(
            new Dictionary<string, string?> { ["GoogleSpeech:Endpoint"] = "http://127.0.0.1:1" },
            collection => collection.AddGoogleSpeechRecognizer());

        Assert.Equal(["latest_long", "default"], services.GetRequiredService<IOptions<GoogleSpeechOptions>>().Value.ModelFallbacks);
    }

    [Fact]
    public void A_configured_fallback_list_replaces_the_default()
    {
        using var services = ProviderServices.Build(
            new Dictionary<string, string?>
            {
                ["GoogleSpeech:Endpoint"] = "http://127.0.0.1:1",
                ["GoogleSpeech:ModelFallbacks:0"] = "telephony",
                ["GoogleSpeech:ModelFallbacks:1"] = "latest_short",
            },
            collection => collection.AddGoogleSpeechRecognizer());

        Assert.Equal(["telephony", "latest_short"], services.GetRequiredService<IOptions<GoogleSpeechOptions>>().Value.ModelFallbacks);
    }
}
