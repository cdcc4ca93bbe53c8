namespace GrandBy.LlmEmulator.Rules;

/// <summary>Answer <see cref="Reply"/> when the last user message contains any of <see cref="Contains"/> (case-insensitive).</summary>
public sealed record ReplyRule(IReadOnlyList<string> Contains, string Reply);
