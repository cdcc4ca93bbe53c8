namespace Microsoft.Extensions.DependencyInjection;

public static class VoiceProvidersServiceCollectionExtensions
{
    /// <summary>Speech recognition, speech synthesis and the chat model, each validated at start.</summary>
    public static IServiceCollection AddVoiceProviders(this IServiceCollection services) =>
        services
            .AddGoogleSpeechRecognizer()
            .AddGoogleTextToSpeech()
            .AddChatResponder();
}
