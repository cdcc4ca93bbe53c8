using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text;
using Azure.AI.OpenAI;
using OpenAI;
using OpenAI.Chat;

namespace GrandBy.ProviderEmulators.Tests.Llm;

/// <summary>The real SDK clients pointed at the emulator, and a helper that drains a stream.</summary>
internal static class SdkClients
{
    public static ChatClient Azure(Uri endpoint, string key = LlmEmulatorFixture.ApiKey, int maxRetries = 0) =>
        new AzureOpenAIClient(endpoint, new ApiKeyCredential(key), new AzureOpenAIClientOptions { RetryPolicy = new ClientRetryPolicy(maxRetries) })
            .GetChatClient(LlmEmulatorFixture.Deployment);

    public static ChatClient OpenAi(Uri endpoint, string key = LlmEmulatorFixture.ApiKey) =>
        new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = new Uri(endpoint, "v1"), RetryPolicy = new ClientRetryPolicy(0) })
            .GetChatClient(LlmEmulatorFixture.Deployment);

    public static async Task<StreamedReply> StreamAsync(ChatClient client, string userMessage, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var pieces = new List<string>();
        ChatFinishReason? finishReason = null;
        ChatTokenUsage? usage = null;
        await foreach (var update in client.CompleteChatStreamingAsync([new SystemChatMessage("You call elderly people."), new UserChatMessage(userMessage)], cancellationToken: cancellationToken))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
                if (part.Text.Length > 0)
                {
                    // The role chunk carries "" as content; only real tokens count as pieces.
                    pieces.Add(part.Text);
                }
            }

            finishReason ??= update.FinishReason;
            usage ??= update.Usage;
        }

        return new StreamedReply(text.ToString(), pieces, finishReason, usage);
    }
}
