using System.Text.Json.Serialization;

namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>
/// One thing the caller does. In JSON a step is an object with exactly one property naming it:
/// <c>{"say":"ko-fine"}</c>, <c>{"waitForAnswer":{}}</c>, <c>{"pause":500}</c>, <c>{"dtmf":"5"}</c>, <c>{"hangUp":{}}</c>.
/// </summary>
[JsonConverter(typeof(ScenarioStepConverter))]
public abstract record ScenarioStep;
