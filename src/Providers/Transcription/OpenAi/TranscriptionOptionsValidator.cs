using GrandBy.Providers.Configuration;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Transcription.OpenAi;

/// <summary>Checks <see cref="TranscriptionOptions"/> only when an endpoint is set: transcription is optional.</summary>
internal sealed class TranscriptionOptionsValidator : IValidateOptions<TranscriptionOptions>
{
    private const string Prefix = TranscriptionOptions.SectionName + "__";

    public ValidateOptionsResult Validate(string? name, TranscriptionOptions options)
    {
        if (!IsConfigured(options))
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add($"{Prefix}ApiKey is required when {Prefix}Endpoint is set.");
        }

        AddIfNotNull(errors, EndpointRules.Validate(options.Endpoint, Prefix + "Endpoint"));

        if (options.Provider == TranscriptionProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.Deployment))
        {
            errors.Add($"{Prefix}Deployment is required when {Prefix}Provider is {TranscriptionProvider.AzureOpenAI}.");
        }

        if (options.Provider == TranscriptionProvider.OpenAI && string.IsNullOrWhiteSpace(options.Model))
        {
            errors.Add($"{Prefix}Model is required when {Prefix}Provider is {TranscriptionProvider.OpenAI}.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{Prefix}Timeout must be positive; got {options.Timeout}.");
        }

        if (options.MaxRetries is < 0 or > 5)
        {
            errors.Add($"{Prefix}MaxRetries must be between 0 and 5; got {options.MaxRetries}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static bool IsConfigured(TranscriptionOptions options) => !string.IsNullOrWhiteSpace(options.Endpoint);

    private static void AddIfNotNull(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
