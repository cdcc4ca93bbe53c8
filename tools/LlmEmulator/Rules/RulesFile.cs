using System.Text.Json;

namespace GrandBy.LlmEmulator.Rules;

/// <summary>The JSON rules file: <c>{"rules":[{"contains":["산책"],"reply":"…"}],"default":"…"}</c>.</summary>
internal sealed record RulesFile(IReadOnlyList<ReplyRule>? Rules, string? Default)
{
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);

    public static Rulebook Load(string path)
    {
        var fullPath = Resolve(path);
        var file = JsonSerializer.Deserialize(File.ReadAllText(fullPath), RulesJsonContext.Default.RulesFile)
            ?? throw new InvalidDataException($"{fullPath} is empty.");
        if (string.IsNullOrEmpty(file.Default))
        {
            throw new InvalidDataException($"{fullPath} has no \"default\" reply.");
        }

        var rules = file.Rules ?? [];
        var invalid = rules.FirstOrDefault(rule => rule.Contains is not { Count: > 0 } || string.IsNullOrEmpty(rule.Reply));
        return invalid is null
            ? new Rulebook(rules, file.Default)
            : throw new InvalidDataException($"{fullPath}: every rule needs a non-empty \"contains\" list and a \"reply\".");
    }
}
