using GrandBy.Providers.Configuration;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Chat.OpenAi;

internal sealed class ChatOptionsValidator : IValidateOptions<ChatOptions>
{
    private const string Prefix = ChatOptions.SectionName + "__";

    public ValidateOptionsResult Validate(string? name, ChatOptions options)
    {
        var errors = new List<string>();

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            errors.Add($"{Prefix}ApiKey is required.");
        }

        if (options.Provider == ChatProvider.AzureOpenAI)
        {
            AddIfNotNull(errors, EndpointRules.Validate(options.Endpoint, Prefix + "Endpoint"));
            if (string.IsNullOrWhiteSpace(options.Deployment))
            {
                errors.Add($"{Prefix}Deployment is required when {Prefix}Provider is {ChatProvider.AzureOpenAI}.");
            }
        }
        else
        {
            if (!string.IsNullOrWhiteSpace(options.Endpoint))
            {
                AddIfNotNull(errors, EndpointRules.Validate(options.Endpoint, Prefix + "Endpoint"));
            }

            if (string.IsNullOrWhiteSpace(options.Model))
            {
                errors.Add($"{Prefix}Model is required when {Prefix}Provider is {ChatProvider.OpenAI}.");
            }
        }

        if (options.MaxOutputTokens is <= 0)
        {
            errors.Add($"{Prefix}MaxOutputTokens must be positive; got {options.MaxOutputTokens}.");
        }

        if (options.Temperature is < 0 or > 2)
        {
            errors.Add($"{Prefix}Temperature must be between 0 and 2; got {options.Temperature}.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            errors.Add($"{Prefix}Timeout must be positive; got {options.Timeout}.");
        }

        if (options.MaxRetries is < 0 or > 5)
        {
            errors.Add($"{Prefix}MaxRetries must be between 0 and 5; got {options.MaxRetries}.");
        }

        if (string.IsNullOrWhiteSpace(options.SystemPrompt))
        {
            errors.Add($"{Prefix}SystemPrompt must not be empty.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AddIfNotNull(List<string> errors, string? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
