using GrandBy.TtsEmulator.Synthesis;
using Microsoft.Extensions.Options;

namespace GrandBy.TtsEmulator;

/// <summary>Rejects settings the emulator cannot run with, naming the key.</summary>
public sealed class TtsEmulatorOptionsValidator : IValidateOptions<TtsEmulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, TtsEmulatorOptions options)
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

        if (options.Voice is not (VoiceKinds.Auto or VoiceKinds.Espeak or VoiceKinds.Synthetic))
        {
            failures.Add($"Voice must be '{VoiceKinds.Auto}', '{VoiceKinds.Espeak}' or '{VoiceKinds.Synthetic}' (was '{options.Voice}').");
        }

        if (options.Voice == VoiceKinds.Espeak && !(ExecutableSearch.IsOnPath("espeak-ng") && ExecutableSearch.IsOnPath("sox")))
        {
            failures.Add($"Voice '{VoiceKinds.Espeak}' needs espeak-ng and sox on PATH; use '{VoiceKinds.Auto}' to fall back to the synthetic voice.");
        }

        if (options.Latency < TimeSpan.Zero)
        {
            failures.Add($"Latency must not be negative (was {options.Latency}).");
        }

        if (options.EspeakTimeout <= TimeSpan.Zero)
        {
            failures.Add($"EspeakTimeout must be positive (was {options.EspeakTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every invalid key.</summary>
    public static void ThrowIfInvalid(TtsEmulatorOptions options)
    {
        var result = new TtsEmulatorOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TtsEmulatorOptions), result.Failures);
        }
    }
}
