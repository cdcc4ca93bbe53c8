namespace GrandBy.Providers.Synthesis.Google.Wire;

internal sealed record GoogleErrorResponse(GoogleError? Error);
