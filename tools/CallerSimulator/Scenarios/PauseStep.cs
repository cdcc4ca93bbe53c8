namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>Stay silent (the line keeps sending silence) for a while.</summary>
public sealed record PauseStep(int Milliseconds) : ScenarioStep;
