namespace GrandBy.LlmEmulator.Rules;

/// <summary>The ordered reply rules: the first whose words appear in the message wins, else the default reply.</summary>
public sealed class Rulebook(IReadOnlyList<ReplyRule> rules, string defaultReply)
{
    public IReadOnlyList<ReplyRule> Rules => rules;

    public string DefaultReply => defaultReply;

    public string Choose(string lastUserMessage) =>
        rules.FirstOrDefault(rule => rule.Contains.Any(word => lastUserMessage.Contains(word, StringComparison.OrdinalIgnoreCase)))?.Reply
        ?? defaultReply;
}
