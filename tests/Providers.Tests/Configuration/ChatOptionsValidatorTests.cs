using GrandBy.Providers.Chat.OpenAi;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class ChatOptionsValidatorTests
{
    private readonly ChatOptionsValidator _validator = new();

    [Fact]
    public void Accepts_a_complete_azure_configuration()
    {
        var result = _validator.Validate(null, new ChatOptions { Endpoint = "https://x.openai.azure.com", ApiKey = "k", Deployment = "gpt-4o-mini" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Names_Chat__ApiKey_when_the_key_is_missing()
    {
        var result = _validator.Validate(null, new ChatOptions { Endpoint = "https://x.openai.azure.com", Deployment = "gpt-4o-mini" });

        Assert.Equal(["Chat__ApiKey is required."], result.Failures);
    }

    [Fact]
    public void Requires_endpoint_and_deployment_for_azure()
    {
        var result = _validator.Validate(null, new ChatOptions { ApiKey = "k" });

        Assert.Equal(
            ["Chat__Endpoint is required.", "Chat__Deployment is required when Chat__Provider is AzureOpenAI."],
            result.Failures);
    }

    [Fact]
    public void Accepts_openai_without_an_endpoint()
    {
        var result = _validator.Validate(null, new ChatOptions { Provider = ChatProvider.OpenAI, ApiKey = "k" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Rejects_sending_the_key_in_plaintext_to_a_non_loopback_host()
    {
        var result = _validator.Validate(null, new ChatOptions { Provider = ChatProvider.OpenAI, ApiKey = "k", Endpoint = "http://llm.lan:8000/v1" });

        Assert.Equal(
            ["Chat__Endpoint uses plaintext http://, which is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost); got 'http://llm.lan:8000/v1'. Use https://."],
            result.Failures);
    }

    [Fact]
    public void Ships_a_default_system_prompt_in_polite_korean()
    {
        var options = new ChatOptions();

        Assert.Contains("해요체", options.SystemPrompt);
        Assert.Contains("일백십구", options.SystemPrompt);
        Assert.Equal(1, options.MaxRetries);
    }
}
