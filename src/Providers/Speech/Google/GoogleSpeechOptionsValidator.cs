using GrandBy.Providers.Google;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Speech.Google;

internal sealed class GoogleSpeechOptionsValidator : IValidateOptions<GoogleSpeechOptions>
{
    private const string Prefix = GoogleSpeechOptions.SectionName + "__";

    public ValidateOptionsResult Validate(string? name, GoogleSpeechOptions options)
    {
        var errors = GoogleEndpointRules.Validate(options.Endpoint, Prefix + "Endpoint", options.CredentialsFile, Prefix + "CredentialsFile").ToList();

        if (string.IsNullOrWhiteSpace(options.LanguageCode))
        {
            errors.Add($"{Prefix}LanguageCode (or GOOGLE_STT_LANGUAGE_CODE) is required.");
        }

        if (options.MaxAlternatives is < 1 or > 30)
        {
            errors.Add($"{Prefix}MaxAlternatives (or GOOGLE_STT_MAX_ALTERNATIVES) must be between 1 and 30; got {options.MaxAlternatives}.");
        }

        if (options.SingleUtterance && !GoogleSpeechModels.SupportsSingleUtterance(options.Model, options.UseEnhanced))
        {
            errors.Add($"{Prefix}SingleUtterance (or GOOGLE_STT_SINGLE_UTTERANCE) needs model command_and_search, phone_call with UseEnhanced, or no model; got model '{options.Model}'.");
        }

        for (var i = 0; i < options.ModelFallbacks.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.ModelFallbacks[i]))
            {
                errors.Add($"{Prefix}ModelFallbacks__{i} must name a model; it is empty.");
            }
        }

        if (options.PhraseBoost is < 0 or > 20)
        {
            errors.Add($"{Prefix}PhraseBoost must be between 0 and 20; got {options.PhraseBoost}.");
        }

        AddIfNotPositive(errors, options.ConnectTimeout, "ConnectTimeout");
        AddIfNotPositive(errors, options.WriteTimeout, "WriteTimeout");
        AddIfNotPositive(errors, options.StreamDeadline, "StreamDeadline");

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AddIfNotPositive(List<string> errors, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{Prefix}{key} must be positive; got {value}.");
        }
    }
}
