using GrandBy.Providers.Tests.Support;
using GrandBy.Providers.Transcription;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class TranscriptionRegistrationTests
{
    [Fact]
    public async Task Without_an_endpoint_the_transcriber_fails_when_used_naming_Transcription__Endpoint()
    {
        using var services = ProviderServices.Build(new Dictionary<string, string?>(), collection => collection.AddSpeechTranscriber());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => services.GetRequiredService<ISpeechTranscriber>().TranscribeAsync(new byte[160], CancellationToken.None));

        Assert.Contains("Transcription__Endpoint", error.Message);
    }

    [Fact]
    public async Task Host_starts_without_transcription_settings()
    {
        using var host = BuildHost(new Dictionary<string, string?>());

        await host.StartAsync(CancellationToken.None);
        await host.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Host_start_fails_naming_Transcription__ApiKey_when_an_endpoint_has_no_key()
    {
        using var host = BuildHost(new Dictionary<string, string?>
        {
            ["Transcription:Endpoint"] = "https://x.openai.azure.com",
            ["Transcription:Deployment"] = "whisper",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Equal("Transcription__ApiKey is required when Transcription__Endpoint is set.", error.Message);
    }

    [Fact]
    public void A_user_supplied_transcriber_stays_in_place()
    {
        var custom = new FixedTranscriber();
        using var services = ProviderServices.Build(
            new Dictionary<string, string?>(),
            collection => collection.AddSingleton<ISpeechTranscriber>(custom).AddSpeechTranscriber());

        Assert.Same(custom, services.GetRequiredService<ISpeechTranscriber>());
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSpeechTranscriber();
        return builder.Build();
    }

    private sealed class FixedTranscriber : ISpeechTranscriber
    {
        public Task<string> TranscribeAsync(ReadOnlyMemory<byte> mulaw, CancellationToken cancellationToken) => Task.FromResult("네");
    }
}
