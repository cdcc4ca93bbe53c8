using Microsoft.Extensions.Options;

namespace GrandBy.SpeechEmulator.Hosting;

internal sealed class SpeechEmulatorOptionsValidator : IValidateOptions<SpeechEmulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SpeechEmulatorOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClipDirectory))
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.ClipDirectory)} is required.");
        }

        if (options.Port is < 0 or > 65_535)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.Port)} must be 0..65535, not {options.Port}.");
        }

        if (options.TranscriptionPort is < 0 or > 65_535)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.TranscriptionPort)} must be 0..65535, not {options.TranscriptionPort}.");
        }
        else if (options.TranscriptionPort != 0 && options.TranscriptionPort == options.Port)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.TranscriptionPort)} must differ from {nameof(SpeechEmulatorOptions.Port)} ({options.Port}): gRPC needs an HTTP/2-only listener.");
        }

        if (options.TranscriptionLatency < TimeSpan.Zero)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.TranscriptionLatency)} must not be negative, not {options.TranscriptionLatency}.");
        }

        // One byte of audio is 125 µs, the unit the recogniser counts in.
        if (options.EndpointSilence.Ticks < TimeSpan.TicksPerSecond / 8000)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.EndpointSilence)} must be at least 125 µs, not {options.EndpointSilence}.");
        }

        if (options.AudioIdleTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.AudioIdleTimeout)} must be positive, not {options.AudioIdleTimeout}.");
        }

        if (options.MaxStreamDuration <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.MaxStreamDuration)} must be positive, not {options.MaxStreamDuration}.");
        }

        if (options.MaxRequestBytes < 1)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.MaxRequestBytes)} must be positive, not {options.MaxRequestBytes}.");
        }

        if (options.Confidence is < 0 or > 1)
        {
            failures.Add($"{nameof(SpeechEmulatorOptions.Confidence)} must be 0..1, not {options.Confidence}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
