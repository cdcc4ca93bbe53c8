namespace GrandBy.Demo.Recognition;

public sealed record ExpectedUtterance(string Text, TimeSpan Start, TimeSpan End);
