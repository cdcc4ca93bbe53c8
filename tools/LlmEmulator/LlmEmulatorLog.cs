namespace GrandBy.LlmEmulator;

/// <summary>The emulator's log events, ids 1200–1299.</summary>
internal static partial class LlmEmulatorLog
{
    [LoggerMessage(1200, LogLevel.Information, "LLM emulator loaded {RuleCount} reply rules from {RulesPath}")]
    public static partial void RulesLoaded(this ILogger logger, int ruleCount, string rulesPath);

    [LoggerMessage(1201, LogLevel.Information, "Rejected a chat completions request with {StatusCode}: {Reason}")]
    public static partial void RequestRejected(this ILogger logger, int statusCode, string reason);

    [LoggerMessage(1202, LogLevel.Information, "Failing a chat completions request on purpose with {StatusCode}")]
    public static partial void FailureInjected(this ILogger logger, int statusCode);

    [LoggerMessage(1203, LogLevel.Debug, "Replying ({Flavor}, model {Model}, stream {Stream}) with {TokenCount} tokens")]
    public static partial void Replying(this ILogger logger, string flavor, string model, bool stream, int tokenCount);

    [LoggerMessage(1204, LogLevel.Debug, "The client went away before the reply ended")]
    public static partial void RequestAborted(this ILogger logger);
}
