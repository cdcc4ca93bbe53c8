namespace GrandBy.TtsEmulator.Api;

/// <summary>The inside of <see cref="GoogleError"/>.</summary>
internal sealed record GoogleErrorDetail(int Code, string Message, string Status);
