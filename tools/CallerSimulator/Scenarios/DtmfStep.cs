namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>Press a key: one of 0-9, *, #.</summary>
public sealed record DtmfStep(string Digit) : ScenarioStep;
