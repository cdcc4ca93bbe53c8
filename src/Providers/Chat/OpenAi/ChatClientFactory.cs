using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using OpenAI;
using OpenAI.Chat;

namespace GrandBy.Providers.Chat.OpenAi;

/// <summary>Builds the SDK's <see cref="ChatClient"/> for Azure OpenAI or an OpenAI-compatible endpoint.</summary>
internal static class ChatClientFactory
{
    public const string DefaultOpenAiEndpoint = "https://api.openai.com/v1";

    public static ChatClient Create(ChatOptions options)
    {
        var credential = new ApiKeyCredential(options.ApiKey!);
        var retry = new ClientRetryPolicy(maxRetries: options.MaxRetries);

        if (options.Provider == ChatProvider.AzureOpenAI)
        {
            var azure = new AzureOpenAIClient(new Uri(options.Endpoint!), credential, new AzureOpenAIClientOptions
            {
                NetworkTimeout = options.Timeout,
                RetryPolicy = retry,
            });
            return azure.GetChatClient(options.Deployment);
        }

        return new ChatClient(options.Model, credential, new OpenAIClientOptions
        {
            Endpoint = new Uri(EndpointOf(options)),
            NetworkTimeout = options.Timeout,
            RetryPolicy = retry,
        });
    }

    public static string EndpointOf(ChatOptions options) =>
        options.Provider == ChatProvider.OpenAI && string.IsNullOrWhiteSpace(options.Endpoint) ? DefaultOpenAiEndpoint : options.Endpoint!;

    public static string ModelOf(ChatOptions options) =>
        options.Provider == ChatProvider.AzureOpenAI ? options.Deployment! : options.Model;
}
