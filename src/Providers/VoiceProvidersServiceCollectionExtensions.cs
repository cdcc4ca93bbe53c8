namespace Microsoft.Extensions.DependencyInjection;

public static class VoiceProvidersServiceCollectionExtensions
{
    /// <summary>Speech recognition, speech synthesis, the chat model and (optional) batch transcription, each validated at start.</summary>
    public static IServiceCollection AddVoiceProviders(this IServiceCollection services) =>
        services
            .AddGoogleSpeechRecognizer()
            .AddGoogleTextToSpeech()
            .AddChatResponder()
            .AddSpeechTranscriber();
}
