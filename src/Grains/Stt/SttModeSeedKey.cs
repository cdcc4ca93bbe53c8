using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GrandBy.Grains.Stt;

/// <summary>The seed's <c>STT_MODE</c> (<c>streaming</c> or <c>chunk</c>) wins over <c>Stt:Mode</c> when set.</summary>
internal sealed class SttModeSeedKey(IConfiguration configuration) : IPostConfigureOptions<SttOptions>
{
    public const string Key = "STT_MODE";

    public void PostConfigure(string? name, SttOptions options)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        options.Mode = Enum.TryParse<SttMode>(value.Trim(), ignoreCase: true, out var mode)
            ? mode
            : throw new OptionsValidationException(Key, typeof(SttOptions), [$"{Key} must be 'streaming' or 'chunk', not '{value}'."]);
    }
}
