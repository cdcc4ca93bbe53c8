namespace GrandBy.LlmEmulator.Errors;

/// <summary>Azure fills <c>code</c> and <c>message</c>; OpenAI adds <c>type</c> and <c>param</c>.</summary>
internal sealed record ApiErrorDetail(string? Code, string Message, string? Type = null, string? Param = null);
