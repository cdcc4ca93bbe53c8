namespace GrandBy.Providers.Chat.OpenAi;

/// <summary>The chat model, section <c>Chat</c>.</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Chat";

    public ChatProvider Provider { get; set; } = ChatProvider.AzureOpenAI;

    /// <summary>Azure: the resource URL (required). OpenAI: the base URL ending in <c>/v1</c> (default https://api.openai.com/v1).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Required; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure deployment name (required for <see cref="ChatProvider.AzureOpenAI"/>).</summary>
    public string? Deployment { get; set; }

    /// <summary>Model name for <see cref="ChatProvider.OpenAI"/>.</summary>
    public string Model { get; set; } = "gpt-4o-mini";

    public int? MaxOutputTokens { get; set; } = 200;

    public float? Temperature { get; set; } = 0.6f;

    /// <summary>Network timeout of each try: waiting for the response and between streamed chunks.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a failed try (429, 5xx, network); low, because a caller is waiting on the line.</summary>
    public int MaxRetries { get; set; } = 1;

    /// <summary>Prepended to every conversation.</summary>
    public string SystemPrompt { get; set; } = ChatSystemPrompt.Default;
}
