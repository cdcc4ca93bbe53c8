using Microsoft.Extensions.Options;

namespace GrandBy.Grains.Stt;

internal sealed class SttOptionsValidator : IValidateOptions<SttOptions>
{
    private static readonly TimeSpan GoogleStreamLimit = TimeSpan.FromSeconds(305);

    public ValidateOptionsResult Validate(string? name, SttOptions options)
    {
        var failures = new List<string>();
        if (options.RolloverDeadline >= GoogleStreamLimit || options.RolloverDeadline <= TimeSpan.Zero)
        {
            failures.Add("Stt__RolloverDeadline must be above zero and below Google's 305 s stream limit.");
        }

        if (options.RolloverAfter <= TimeSpan.Zero || options.RolloverAfter > options.RolloverDeadline)
        {
            failures.Add("Stt__RolloverAfter must be above zero and at most Stt__RolloverDeadline.");
        }

        if (options.MaxConsecutiveStreamFailures < 0)
        {
            failures.Add("Stt__MaxConsecutiveStreamFailures must be 0 (never fall back) or more.");
        }

        if (options.ReconnectBackoff <= TimeSpan.Zero || options.MaxReconnectBackoff < options.ReconnectBackoff)
        {
            failures.Add("Stt__ReconnectBackoff must be above zero and at most Stt__MaxReconnectBackoff.");
        }

        if (options.ChunkSilence < TimeSpan.FromMilliseconds(100) || options.ChunkMaxUtterance <= options.ChunkSilence)
        {
            failures.Add("Stt__ChunkSilence must be at least 100 ms and below Stt__ChunkMaxUtterance.");
        }

        if (options.ChunkSpeechThreshold <= 0 || options.ChunkPreRoll < TimeSpan.Zero)
        {
            failures.Add("Stt__ChunkSpeechThreshold must be above zero and Stt__ChunkPreRoll not negative.");
        }

        if (options.KeepAliveAfter <= TimeSpan.Zero || options.CompletionTimeout <= TimeSpan.Zero || options.HealthyStreamAge <= TimeSpan.Zero)
        {
            failures.Add("Stt__KeepAliveAfter, Stt__CompletionTimeout and Stt__HealthyStreamAge must be above zero.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
