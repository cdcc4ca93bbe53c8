using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using OpenAI;
using OpenAI.Audio;

namespace GrandBy.Providers.Transcription.OpenAi;

/// <summary>Builds the SDK's <see cref="AudioClient"/> for Azure OpenAI or an OpenAI-compatible endpoint.</summary>
internal static class AudioClientFactory
{
    public static AudioClient Create(TranscriptionOptions options)
    {
        var credential = new ApiKeyCredential(options.ApiKey!);
        var retry = new ClientRetryPolicy(maxRetries: options.MaxRetries);

        if (options.Provider == TranscriptionProvider.AzureOpenAI)
        {
            var azure = new AzureOpenAIClient(new Uri(options.Endpoint!), credential, new AzureOpenAIClientOptions
            {
                NetworkTimeout = options.Timeout,
                RetryPolicy = retry,
            });
            return azure.GetAudioClient(options.Deployment);
        }

        var openAi = new OpenAIClient(credential, new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint!),
            NetworkTimeout = options.Timeout,
            RetryPolicy = retry,
        });
        return openAi.GetAudioClient(options.Model);
    }

    public static string ModelOf(TranscriptionOptions options) =>
        options.Provider == TranscriptionProvider.AzureOpenAI ? options.Deployment! : options.Model;
}
