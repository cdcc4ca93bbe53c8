namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>End the call: send <c>stop</c> and close the socket.</summary>
public sealed record HangUpStep : ScenarioStep;
