namespace GrandBy.LlmEmulator.Chat;

/// <summary>The parts of a chat completions request the emulator uses.</summary>
internal sealed record ChatRequest(IReadOnlyList<ChatTurn> Messages, bool Stream, bool IncludeUsage, string? Model)
{
    public string LastUserMessage => Messages.LastOrDefault(turn => turn.Role == "user")?.Text ?? string.Empty;
}
