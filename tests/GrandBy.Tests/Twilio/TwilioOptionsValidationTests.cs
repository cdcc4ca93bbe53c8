using GrandBy.Gateway.Hosting;
using GrandBy.Gateway.Twilio;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GrandBy.Tests.Twilio;

/// <summary>
/// TwilioOptionsValidator is internal: it is reached through what <c>AddTwilioGateway</c> registers, as
/// the gateway itself reaches it.
/// </summary>
public class TwilioOptionsValidationTests
{
    private const string TokenMessage =
        "Twilio:AuthToken is required (Twilio__AuthToken). Only for development, Twilio:AllowUnsignedRequests=true turns signature checks off.";
    private const string BaseUrlMessage =
        "Twilio:PublicBaseUrl (Twilio__PublicBaseUrl) must be the absolute https URL Twilio reaches this gateway at.";
    private const string PathMessage =
        "Twilio:MediaStreamPath must be a path starting with '/' and without a query string (Twilio rejects stream URLs with one).";

    private static IHost Gateway(Dictionary<string, string?> configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddTwilioGateway();
        return builder.Build();
    }

    private static IValidateOptions<TwilioOptions> Validator()
    {
        using var host = Gateway([]);
        return Assert.Single(host.Services.GetServices<IValidateOptions<TwilioOptions>>(), v => v.GetType().Name == "TwilioOptionsValidator");
    }

    private static IEnumerable<string> Failures(TwilioOptions options)
    {
        var result = Validator().Validate(Options.DefaultName, options);
        return result.Failed ? result.Failures! : [];
    }

    private static TwilioOptions Valid() => new() { AuthToken = "token", PublicBaseUrl = new Uri("https://voice.example.com") };

    [Fact]
    public void Complete_options_are_valid()
    {
        Assert.Empty(Failures(Valid()));
    }

    [Fact]
    public void Missing_token_fails_with_a_message_naming_the_environment_variable()
    {
        var options = Valid();
        options.AuthToken = null;

        var failure = Assert.Single(Failures(options));

        Assert.Equal(TokenMessage, failure);
        Assert.Contains("Twilio__AuthToken", failure);
    }

    [Fact]
    public void Blank_token_fails_like_a_missing_one()
    {
        var options = Valid();
        options.AuthToken = "  ";

        Assert.Equal([TokenMessage], Failures(options));
    }

    [Fact]
    public void Missing_token_is_accepted_when_unsigned_requests_are_allowed()
    {
        var options = Valid();
        options.AuthToken = null;
        options.AllowUnsignedRequests = true;

        Assert.Empty(Failures(options));
    }

    [Theory]
    [InlineData("voice.example.com")]
    [InlineData("/gateway")]
    [InlineData("ftp://voice.example.com")]
    [InlineData("wss://voice.example.com")]
    public void A_public_base_url_that_is_relative_or_not_http_fails(string url)
    {
        var options = Valid();
        options.PublicBaseUrl = new Uri(url, UriKind.RelativeOrAbsolute);

        Assert.Equal([BaseUrlMessage], Failures(options));
    }

    [Fact]
    public void A_missing_public_base_url_fails()
    {
        var options = Valid();
        options.PublicBaseUrl = null;

        Assert.Equal([BaseUrlMessage], Failures(options));
    }

    [Theory]
    [InlineData("/api/twilio/media-stream?token=1")]
    [InlineData("api/twilio/media-stream")]
    [InlineData("")]
    public void A_media_stream_path_with_a_query_or_without_a_leading_slash_fails(string path)
    {
        var options = Valid();
        options.MediaStreamPath = path;

        Assert.Equal([PathMessage], Failures(options));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var options = new TwilioOptions { MediaStreamPath = "/ws?x=1" };

        Assert.Equal([TokenMessage, BaseUrlMessage, PathMessage], Failures(options));
    }

    [Fact]
    public async Task The_gateway_does_not_start_without_a_token_and_names_the_variable()
    {
        using var timeout = TestTimeout.Start();
        using var host = Gateway(new() { ["Twilio:PublicBaseUrl"] = "https://voice.example.com" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.Equal([TokenMessage], error.Failures);
        Assert.Contains("Twilio__AuthToken", error.Message);
    }

    [Fact]
    public async Task The_gateway_does_not_start_with_a_relative_public_base_url()
    {
        using var timeout = TestTimeout.Start();
        using var host = Gateway(new() { ["Twilio:AuthToken"] = "token", ["Twilio:PublicBaseUrl"] = "voice.example.com" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.Equal([BaseUrlMessage], error.Failures);
    }

    [Fact]
    public async Task The_gateway_does_not_start_with_a_query_in_the_media_stream_path()
    {
        using var timeout = TestTimeout.Start();
        using var host = Gateway(new()
        {
            ["Twilio:AuthToken"] = "token",
            ["Twilio:PublicBaseUrl"] = "https://voice.example.com",
            ["Twilio:MediaStreamPath"] = "/api/twilio/media-stream?callId=1",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(timeout.Token));

        Assert.Equal([PathMessage], error.Failures);
    }

    [Fact]
    public async Task The_gateway_starts_with_valid_configuration()
    {
        using var timeout = TestTimeout.Start();
        using var host = Gateway(new() { ["Twilio:AuthToken"] = "token", ["Twilio:PublicBaseUrl"] = "https://voice.example.com" });

        await host.StartAsync(timeout.Token);

        var options = host.Services.GetRequiredService<IOptions<TwilioOptions>>().Value;
        Assert.Equal(new Uri("https://voice.example.com"), options.PublicBaseUrl);
        Assert.Equal("/api/twilio/media-stream", options.MediaStreamPath);
        await host.StopAsync(timeout.Token);
    }
}
