namespace GrandBy.CallerSimulator.Scenarios;

/// <summary>
/// Wait until answer audio has arrived, has all been played with every mark echoed, and no new audio
/// has come for <see cref="QuietMilliseconds"/>. Fails the call after <see cref="TimeoutSeconds"/>.
/// </summary>
public sealed record WaitForAnswerStep(int QuietMilliseconds = 800, double TimeoutSeconds = 20) : ScenarioStep
{
    public TimeSpan Quiet => TimeSpan.FromMilliseconds(QuietMilliseconds);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
