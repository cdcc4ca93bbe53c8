namespace GrandBy.Providers.Chat.OpenAi;

public enum ChatProvider
{
    /// <summary>Azure OpenAI: <c>{Endpoint}/openai/deployments/{Deployment}/chat/completions</c>, header <c>api-key</c>.</summary>
    AzureOpenAI,

    /// <summary>OpenAI or any compatible server: <c>{Endpoint}/chat/completions</c> (Endpoint ends in <c>/v1</c>), Bearer key.</summary>
    OpenAI,
}
