using GrandBy.Providers.Chat;
using GrandBy.Providers.Speech;
using GrandBy.Providers.Synthesis;
using GrandBy.Providers.Tests.Support;
using GrandBy.Providers.Transcription;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class VoiceProvidersRegistrationTests
{
    private static Dictionary<string, string?> LoopbackSettings() => new()
    {
        ["GoogleSpeech:Endpoint"] = "http://127.0.0.1:50051",
        ["GoogleTextToSpeech:Endpoint"] = "http://127.0.0.1:50052",
        ["Chat:Endpoint"] = "http://127.0.0.1:50053",
        ["Chat:ApiKey"] = "test-key",
        ["Chat:Deployment"] = "gpt-test",
    };

    [Fact]
    public void Resolves_one_instance_of_each_provider_from_loopback_configuration()
    {
        using var services = ProviderServices.Build(LoopbackSettings(), collection => collection.AddVoiceProviders());

        Assert.Same(services.GetRequiredService<ISpeechRecognizer>(), services.GetRequiredService<ISpeechRecognizer>());
        Assert.Same(services.GetRequiredService<ISpeechSynthesizer>(), services.GetRequiredService<ISpeechSynthesizer>());
        Assert.Same(services.GetRequiredService<IChatResponder>(), services.GetRequiredService<IChatResponder>());
        Assert.Same(services.GetRequiredService<ISpeechTranscriber>(), services.GetRequiredService<ISpeechTranscriber>());
    }

    [Fact]
    public async Task Host_start_fails_naming_Chat__ApiKey_when_the_key_is_missing()
    {
        var settings = LoopbackSettings();
        settings.Remove("Chat:ApiKey");
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddVoiceProviders();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));

        Assert.Equal("Chat__ApiKey is required.", error.Message);
    }

    [Fact]
    public void Registrations_leave_a_user_supplied_implementation_in_place()
    {
        var custom = new NoSpeech();
        using var services = ProviderServices.Build(
            LoopbackSettings(),
            collection => collection.AddSingleton<ISpeechRecognizer>(custom).AddVoiceProviders());

        Assert.Same(custom, services.GetRequiredService<ISpeechRecognizer>());
    }

    private sealed class NoSpeech : ISpeechRecognizer
    {
        public Task<ISpeechRecognitionStream> OpenStreamAsync(SpeechStreamRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
