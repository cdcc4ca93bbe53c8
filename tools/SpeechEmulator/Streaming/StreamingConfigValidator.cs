using GrandBy.SpeechEmulator.Hosting;
using Google.Cloud.Speech.V1;

namespace GrandBy.SpeechEmulator.Streaming;

/// <summary>Rejects a streaming config the way Google does, throwing INVALID_ARGUMENT.</summary>
internal static class StreamingConfigValidator
{
    private const int SampleRateHertz = 8000;

    public static void Validate(StreamingRecognitionConfig streaming, SpeechEmulatorOptions options)
    {
        var config = streaming.Config ?? throw SpeechErrors.MissingConfig();
        if (config.Encoding != RecognitionConfig.Types.AudioEncoding.Mulaw || config.SampleRateHertz != SampleRateHertz)
        {
            throw SpeechErrors.UnsupportedAudio(config.Encoding.ToString(), config.SampleRateHertz);
        }

        if (string.IsNullOrWhiteSpace(config.LanguageCode))
        {
            throw SpeechErrors.MissingLanguage();
        }

        if (!options.AcceptsModel(config.LanguageCode, config.Model))
        {
            throw SpeechErrors.UnsupportedModel(config.LanguageCode);
        }

        var singleUtteranceAllowed = config.Model.Length == 0
            || config.Model == "command_and_search"
            || (config.Model == "phone_call" && config.UseEnhanced);
        if (streaming.SingleUtterance && !singleUtteranceAllowed)
        {
            throw SpeechErrors.SingleUtteranceNotSupported(config.Model);
        }
    }
}
