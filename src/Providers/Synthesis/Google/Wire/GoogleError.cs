namespace GrandBy.Providers.Synthesis.Google.Wire;

internal sealed record GoogleError(int Code, string? Message, string? Status);
