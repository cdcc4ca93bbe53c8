namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>One call: who calls whom, and what the caller does, in order.</summary>
public sealed record Scenario(string Name, string From, string To, IReadOnlyList<ScenarioStep> Steps);
