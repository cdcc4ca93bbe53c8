using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GrandBy.Providers.Speech.Google;

/// <summary>
/// Makes a configured <c>GoogleSpeech:ModelFallbacks</c> replace the default list: the configuration binder
/// appends list items to a property's initial value, which would keep <c>latest_long</c> and <c>default</c> in front.
/// </summary>
internal sealed class GoogleSpeechModelFallbacksBinding(IConfiguration configuration) : IPostConfigureOptions<GoogleSpeechOptions>
{
    private const string Key = GoogleSpeechOptions.SectionName + ":" + nameof(GoogleSpeechOptions.ModelFallbacks);

    public void PostConfigure(string? name, GoogleSpeechOptions options)
    {
        var section = configuration.GetSection(Key);
        if (section.Exists())
        {
            options.ModelFallbacks = section.GetChildren().Select(item => item.Value ?? string.Empty).ToList();
        }
    }
}
