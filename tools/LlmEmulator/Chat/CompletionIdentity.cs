namespace GrandBy.LlmEmulator.Chat;

/// <summary>The fields every chunk of one completion repeats.</summary>
internal sealed record CompletionIdentity(string Id, long Created, string Model, ApiFlavor Flavor);
