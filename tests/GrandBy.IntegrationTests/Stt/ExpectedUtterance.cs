namespace GrandBy.IntegrationTests.Stt;

public sealed record ExpectedUtterance(string Text, TimeSpan Start, TimeSpan End);
