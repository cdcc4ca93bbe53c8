namespace GrandBy.Providers.Speech;

/// <summary>What one recognition stream should use, over the configured defaults.</summary>
/// <param name="Model">
/// The provider model for this stream (e.g. the next of <c>GoogleSpeech:ModelFallbacks</c> after an
/// unsupported-model error); null uses the configured <c>GoogleSpeech:Model</c>.
/// </param>
public sealed record SpeechStreamRequest(string? Model = null)
{
    /// <summary>The configured model and settings.</summary>
    public static SpeechStreamRequest Default { get; } = new();
}
