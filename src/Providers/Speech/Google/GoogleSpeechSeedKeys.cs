using GrandBy.Providers.Configuration;
using GrandBy.Providers.Google;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Speech.Google;

/// <summary>Applies the seed's flat <c>.env</c> keys over the <c>GoogleSpeech</c> section; a flat key wins when set.</summary>
internal sealed class GoogleSpeechSeedKeys(IConfiguration configuration) : IPostConfigureOptions<GoogleSpeechOptions>
{
    public void PostConfigure(string? name, GoogleSpeechOptions options)
    {
        SeedKeys.Apply(configuration, "GOOGLE_STT_LANGUAGE_CODE", value => options.LanguageCode = value);
        SeedKeys.Apply(configuration, "GOOGLE_STT_MODEL", value => options.Model = value);
        SeedKeys.ApplyBoolean(configuration, "GOOGLE_STT_INTERIM_RESULTS", value => options.InterimResults = value);
        SeedKeys.ApplyBoolean(configuration, "GOOGLE_STT_SINGLE_UTTERANCE", value => options.SingleUtterance = value);
        SeedKeys.ApplyInt32(configuration, "GOOGLE_STT_MAX_ALTERNATIVES", value => options.MaxAlternatives = value);
        SeedKeys.Apply(configuration, GoogleEndpointRules.CredentialsEnvironmentKey, value => options.CredentialsFile = value);
    }
}
