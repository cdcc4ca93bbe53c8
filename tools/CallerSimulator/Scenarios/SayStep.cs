namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>Speak a clip from the clip library, in real time, then go on at once.</summary>
public sealed record SayStep(string ClipId) : ScenarioStep;
