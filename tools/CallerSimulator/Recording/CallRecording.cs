namespace GrandBy.CallerSimulator.Recording;

/// <summary>Everything one simulated call did and heard.</summary>
public sealed record CallRecording(
    string ScenarioName,
    string CallSid,
    string? StreamSid,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<CallTurn> Turns,
    IReadOnlyList<string> MarksEchoed,
    IReadOnlyList<string> ProtocolErrors,
    long AudioBytesReceived,
    IReadOnlyList<CallerEvent> Events,
    string? Failure)
{
    /// <summary>The call ran every step and the gateway broke no protocol rule.</summary>
    public bool Succeeded => Failure is null && ProtocolErrors.Count == 0;

    /// <summary>Throws with the failure or the protocol errors unless the call succeeded.</summary>
    public CallRecording EnsureSuccess()
    {
        if (Failure is not null)
        {
            throw new CallSimulationException($"Call {CallSid} ({ScenarioName}) failed: {Failure}");
        }

        if (ProtocolErrors.Count > 0)
        {
            throw new CallSimulationException(
                $"Call {CallSid} ({ScenarioName}) saw protocol errors: {string.Join("; ", ProtocolErrors)}");
        }

        return this;
    }
}
