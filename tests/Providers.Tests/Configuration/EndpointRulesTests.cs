using GrandBy.Providers.Configuration;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class EndpointRulesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.8.9.10:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://LOCALHOST")]
    [InlineData("https://speech.googleapis.com")]
    [InlineData("https://10.0.0.5:8443")]
    public void Accepts_https_anywhere_and_plaintext_on_loopback(string endpoint)
    {
        Assert.Null(EndpointRules.Validate(endpoint, "X__Endpoint"));
    }

    [Theory]
    [InlineData("http://10.0.0.5:5000")]
    [InlineData("http://speech.internal")]
    [InlineData("http://128.0.0.1")]
    [InlineData("http://[::2]:5000")]
    [InlineData("http://localhost.example.com")]
    public void Rejects_plaintext_to_a_non_loopback_host_naming_the_key(string endpoint)
    {
        Assert.Equal(
            $"X__Endpoint uses plaintext http://, which is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost); got '{endpoint}'. Use https://.",
            EndpointRules.Validate(endpoint, "X__Endpoint"));
    }

    [Theory]
    [InlineData("speech.googleapis.com")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("/v1")]
    public void Rejects_anything_but_an_absolute_http_url(string endpoint)
    {
        Assert.Equal($"X__Endpoint must be an absolute http(s) URL; got '{endpoint}'.", EndpointRules.Validate(endpoint, "X__Endpoint"));
    }
}
