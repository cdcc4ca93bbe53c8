namespace GrandBy.CallerSimulator;

/// <summary>The simulated call could not go on: the gateway answered badly, or a step timed out.</summary>
public sealed class CallSimulationException : Exception
{
    public CallSimulationException(string message)
        : base(message)
    {
    }

    public CallSimulationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
