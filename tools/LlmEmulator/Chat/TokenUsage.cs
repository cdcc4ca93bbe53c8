namespace GrandBy.LlmEmulator.Chat;

/// <summary>Token counts, measured with <see cref="ReplyTokenizer"/> so they are deterministic.</summary>
internal sealed record TokenUsage(int PromptTokens, int CompletionTokens)
{
    public int TotalTokens => PromptTokens + CompletionTokens;

    public static TokenUsage Measure(ChatRequest request, IReadOnlyList<string> replyTokens) =>
        new(request.Messages.Sum(turn => ReplyTokenizer.Split(turn.Text).Count + 3), replyTokens.Count);
}
