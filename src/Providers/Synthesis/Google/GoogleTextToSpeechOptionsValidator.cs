using GrandBy.Providers.Google;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Synthesis.Google;

internal sealed class GoogleTextToSpeechOptionsValidator : IValidateOptions<GoogleTextToSpeechOptions>
{
    private const string Prefix = GoogleTextToSpeechOptions.SectionName + "__";

    public ValidateOptionsResult Validate(string? name, GoogleTextToSpeechOptions options)
    {
        var errors = GoogleEndpointRules.Validate(options.Endpoint, Prefix + "Endpoint", options.CredentialsFile, Prefix + "CredentialsFile").ToList();

        if (string.IsNullOrWhiteSpace(options.LanguageCode))
        {
            errors.Add($"{Prefix}LanguageCode is required.");
        }

        if (options.SpeakingRate is < 0.25 or > 4.0)
        {
            errors.Add($"{Prefix}SpeakingRate must be between 0.25 and 4.0; got {options.SpeakingRate}.");
        }

        if (options.Pitch is < -20.0 or > 20.0)
        {
            errors.Add($"{Prefix}Pitch must be between -20 and 20; got {options.Pitch}.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{Prefix}Timeout must be positive; got {options.Timeout}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
