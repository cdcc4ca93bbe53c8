namespace GrandBy.LlmEmulator.Chat;

/// <summary>One message: its role and its text (text parts joined).</summary>
internal sealed record ChatTurn(string Role, string Text);
