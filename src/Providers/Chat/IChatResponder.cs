namespace GrandBy.Providers.Chat;

/// <summary>Streams the assistant's next reply to a conversation.</summary>
public interface IChatResponder
{
    /// <summary>Text deltas as the model produces them. The configured system prompt is prepended.</summary>
    IAsyncEnumerable<string> StreamReplyAsync(IReadOnlyList<ChatMessage> conversation, CancellationToken cancellationToken);
}
