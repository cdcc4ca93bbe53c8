namespace GrandBy.Providers.Speech.Google;

/// <summary>What Google Speech v1 allows per model.</summary>
internal static class GoogleSpeechModels
{
    /// <summary><c>single_utterance</c> is accepted only with <c>command_and_search</c>, <c>phone_call</c> with enhanced, or no model.</summary>
    public static bool SupportsSingleUtterance(string model, bool useEnhanced) => model switch
    {
        "" or "command_and_search" => true,
        "phone_call" => useEnhanced,
        _ => false,
    };
}
