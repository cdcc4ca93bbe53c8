using Google.Cloud.Speech.V1;

namespace GrandBy.Providers.Speech.Google;

/// <summary>
/// Builds the first request of a stream: 8 kHz mono mu-law plus the configured recognition settings, with the
/// stream's model. <c>single_utterance</c> is sent only when that model allows it, so a fallback model that does
/// not (e.g. <c>latest_long</c>) still opens.
/// </summary>
internal static class GoogleStreamingConfig
{
    public const int SampleRateHertz = 8000;

    public static StreamingRecognizeRequest CreateRequest(GoogleSpeechOptions options, string model)
    {
        var config = new RecognitionConfig
        {
            Encoding = RecognitionConfig.Types.AudioEncoding.Mulaw,
            SampleRateHertz = SampleRateHertz,
            AudioChannelCount = 1,
            LanguageCode = options.LanguageCode,
            Model = model,
            UseEnhanced = options.UseEnhanced,
            MaxAlternatives = options.MaxAlternatives,
            EnableAutomaticPunctuation = options.EnableAutomaticPunctuation,
            ProfanityFilter = options.ProfanityFilter,
        };

        if (options.Phrases.Count > 0)
        {
            var context = new SpeechContext { Boost = options.PhraseBoost };
            context.Phrases.AddRange(options.Phrases);
            config.SpeechContexts.Add(context);
        }

        return new StreamingRecognizeRequest
        {
            StreamingConfig = new StreamingRecognitionConfig
            {
                Config = config,
                InterimResults = options.InterimResults,
                SingleUtterance = options.SingleUtterance && GoogleSpeechModels.SupportsSingleUtterance(model, options.UseEnhanced),
            },
        };
    }
}
