using Google.Cloud.Speech.V1;

namespace GrandBy.Providers.Speech.Google;

/// <summary>Turns Google's streaming results into <see cref="SpeechRecognitionResult"/>, top alternative only.</summary>
internal static class GoogleSpeechResults
{
    public static SpeechRecognitionResult? Map(StreamingRecognitionResult result, string fallbackLanguageCode)
    {
        if (result.Alternatives.Count == 0)
        {
            return null;
        }

        var top = result.Alternatives[0];
        return new SpeechRecognitionResult(
            top.Transcript,
            result.IsFinal,
            result.Stability,
            top.Confidence,
            result.ResultEndTime?.ToTimeSpan() ?? TimeSpan.Zero,
            string.IsNullOrEmpty(result.LanguageCode) ? fallbackLanguageCode : result.LanguageCode);
    }
}
