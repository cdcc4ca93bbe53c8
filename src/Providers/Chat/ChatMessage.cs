namespace GrandBy.Providers.Chat;

public sealed record ChatMessage(ChatRole Role, string Text);
