using GrandBy.Providers.Transcription.OpenAi;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class TranscriptionOptionsValidatorTests
{
    private readonly TranscriptionOptionsValidator _validator = new();

    [Fact]
    public void An_empty_endpoint_means_not_configured_and_nothing_else_is_checked()
    {
        var result = _validator.Validate(null, new TranscriptionOptions { Timeout = TimeSpan.Zero, MaxRetries = -1 });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Names_Transcription__ApiKey_when_an_endpoint_is_set_without_a_key()
    {
        var result = _validator.Validate(null, new TranscriptionOptions { Endpoint = "https://x.openai.azure.com", Deployment = "whisper" });

        Assert.Equal(["Transcription__ApiKey is required when Transcription__Endpoint is set."], result.Failures);
    }

    [Fact]
    public void Requires_a_deployment_for_azure()
    {
        var result = _validator.Validate(null, new TranscriptionOptions { Endpoint = "https://x.openai.azure.com", ApiKey = "k" });

        Assert.Equal(["Transcription__Deployment is required when Transcription__Provider is AzureOpenAI."], result.Failures);
    }

    [Fact]
    public void Accepts_an_openai_compatible_endpoint_with_the_default_model()
    {
        var options = new TranscriptionOptions { Provider = TranscriptionProvider.OpenAI, Endpoint = "http://127.0.0.1:8000/v1", ApiKey = "k" };

        var result = _validator.Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(("whisper-1", "ko", TimeSpan.FromSeconds(10), 1), (options.Model, options.Language, options.Timeout, options.MaxRetries));
    }

    [Fact]
    public void Rejects_sending_the_key_in_plaintext_to_a_non_loopback_host()
    {
        var result = _validator.Validate(null, new TranscriptionOptions { Provider = TranscriptionProvider.OpenAI, Endpoint = "http://whisper.lan/v1", ApiKey = "k" });

        Assert.Equal(
            ["Transcription__Endpoint uses plaintext http://, which is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost); got 'http://whisper.lan/v1'. Use https://."],
            result.Failures);
    }

    [Fact]
    public void Rejects_a_non_positive_timeout_and_too_many_retries()
    {
        var result = _validator.Validate(null, new TranscriptionOptions
        {
            Endpoint = "https://x.openai.azure.com", ApiKey = "k", Deployment = "whisper", Timeout = TimeSpan.Zero, MaxRetries = 6,
        });

        Assert.Equal(
            ["Transcription__Timeout must be positive; got 00:00:00.", "Transcription__MaxRetries must be between 0 and 5; got 6."],
            result.Failures);
    }
}
