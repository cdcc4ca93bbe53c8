using GrandBy.Providers.Configuration;
using GrandBy.Providers.Google;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Synthesis.Google;

/// <summary>Applies the seed's <c>GOOGLE_APPLICATION_CREDENTIALS</c> over the <c>GoogleTextToSpeech</c> section.</summary>
internal sealed class GoogleTextToSpeechSeedKeys(IConfiguration configuration) : IPostConfigureOptions<GoogleTextToSpeechOptions>
{
    public void PostConfigure(string? name, GoogleTextToSpeechOptions options) =>
        SeedKeys.Apply(configuration, GoogleEndpointRules.CredentialsEnvironmentKey, value => options.CredentialsFile = value);
}
