using GrandBy.Providers.Speech.Google;
using GrandBy.Providers.Synthesis.Google;
using GrandBy.Providers.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Tests.Configuration;

public sealed class SeedKeyMappingTests : IDisposable
{
    private readonly string _keyFile = Path.GetTempFileName();

    [Fact]
    public void Flat_seed_keys_win_over_the_GoogleSpeech_section()
    {
        var options = SpeechOptions(new Dictionary<string, string?>
        {
            ["GoogleSpeech:Endpoint"] = "http://127.0.0.1:1",
            ["GoogleSpeech:LanguageCode"] = "en-US",
            ["GoogleSpeech:Model"] = "latest_long",
            ["GoogleSpeech:InterimResults"] = "true",
            ["GoogleSpeech:MaxAlternatives"] = "1",
            ["GoogleSpeech:CredentialsFile"] = "/section/key.json",
            ["GOOGLE_STT_LANGUAGE_CODE"] = "ko-KR",
            ["GOOGLE_STT_MODEL"] = "phone_call",
            ["GOOGLE_STT_INTERIM_RESULTS"] = "false",
            ["GOOGLE_STT_SINGLE_UTTERANCE"] = "True",
            ["GOOGLE_STT_MAX_ALTERNATIVES"] = "3",
            ["GOOGLE_APPLICATION_CREDENTIALS"] = _keyFile,
        });

        Assert.Equal(
            ("ko-KR", "phone_call", false, true, 3, _keyFile),
            (options.LanguageCode, options.Model, options.InterimResults, options.SingleUtterance, options.MaxAlternatives, options.CredentialsFile));
    }

    [Fact]
    public void Section_keys_apply_when_no_seed_key_is_set()
    {
        var options = SpeechOptions(new Dictionary<string, string?>
        {
            ["GoogleSpeech:Endpoint"] = "http://127.0.0.1:1",
            ["GoogleSpeech:Model"] = "latest_short",
            ["GoogleSpeech:Phrases:0"] = "안녕하세요",
            ["GoogleSpeech:Phrases:1"] = "약",
            ["GOOGLE_STT_MODEL"] = "",
        });

        Assert.Equal(("latest_short", "ko-KR", true), (options.Model, options.LanguageCode, options.InterimResults));
        Assert.Equal(["안녕하세요", "약"], options.Phrases);
    }

    [Fact]
    public void An_unparsable_seed_boolean_fails_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SpeechOptions(new Dictionary<string, string?>
        {
            ["GoogleSpeech:Endpoint"] = "http://127.0.0.1:1",
            ["GOOGLE_STT_INTERIM_RESULTS"] = "sometimes",
        }));

        Assert.Equal("GOOGLE_STT_INTERIM_RESULTS must be true or false; got 'sometimes'.", error.Message);
    }

    [Fact]
    public void Google_application_credentials_also_configure_text_to_speech()
    {
        using var services = ProviderServices.Build(
            new Dictionary<string, string?> { ["GOOGLE_APPLICATION_CREDENTIALS"] = _keyFile },
            collection => collection.AddGoogleTextToSpeech());

        Assert.Equal(_keyFile, services.GetRequiredService<IOptions<GoogleTextToSpeechOptions>>().Value.CredentialsFile);
    }

    public void Dispose() => File.Delete(_keyFile);

    private static GoogleSpeechOptions SpeechOptions(Dictionary<string, string?> settings)
    {
        using var services = ProviderServices.Build(settings, collection => collection.AddGoogleSpeechRecognizer());
        return services.GetRequiredService<IOptions<GoogleSpeechOptions>>().Value;
    }
}
