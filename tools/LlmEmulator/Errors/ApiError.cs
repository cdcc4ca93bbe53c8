namespace GrandBy.LlmEmulator.Errors;

/// <summary>The error body both services use: <c>{"error":{…}}</c>.</summary>
internal sealed record ApiError(ApiErrorDetail Error);
