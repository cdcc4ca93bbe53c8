using GrandBy.LlmEmulator.Rules;
using Microsoft.Extensions.Options;

namespace GrandBy.LlmEmulator;

/// <summary>Rejects settings the emulator cannot run with, naming the key.</summary>
public sealed class LlmEmulatorOptionsValidator : IValidateOptions<LlmEmulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmEmulatorOptions options)
    {
        var failures = new List<string>();
        if (options.Port is < 0 or > 65535)
        {
            failures.Add($"Port must be between 0 and 65535 (was {options.Port}).");
        }

        if (!System.Net.IPAddress.TryParse(options.BindAddress, out _))
        {
            failures.Add($"BindAddress must be an IP address (was '{options.BindAddress}').");
        }

        if (!File.Exists(RulesFile.Resolve(options.RulesPath)))
        {
            failures.Add($"RulesPath must name an existing file (no file at '{RulesFile.Resolve(options.RulesPath)}').");
        }

        if (options.TimeToFirstToken < TimeSpan.Zero || options.TokenInterval < TimeSpan.Zero)
        {
            failures.Add($"TimeToFirstToken and TokenInterval must not be negative (were {options.TimeToFirstToken} and {options.TokenInterval}).");
        }

        if (options.FailNextRequests < 0)
        {
            failures.Add($"FailNextRequests must not be negative (was {options.FailNextRequests}).");
        }

        if (options.FailureStatusCode is < 400 or > 599)
        {
            failures.Add($"FailureStatusCode must be an HTTP error status (was {options.FailureStatusCode}).");
        }

        if (options.FailureRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"FailureRetryAfter must not be negative (was {options.FailureRetryAfter}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every invalid key.</summary>
    public static void ThrowIfInvalid(LlmEmulatorOptions options)
    {
        var result = new LlmEmulatorOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(LlmEmulatorOptions), result.Failures);
        }
    }
}
