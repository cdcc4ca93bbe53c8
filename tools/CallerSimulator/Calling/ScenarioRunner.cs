using GrandBy.CallerSimulator.Scenarios;
using GrandBy.Clips;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>Carries out a scenario's steps in order on an open call; hangs up at the end if no step did.</summary>
internal sealed class ScenarioRunner(CallSession session, IReadOnlyDictionary<string, Clip> clips)
{
    public async Task RunAsync(IReadOnlyList<ScenarioStep> steps, CancellationToken cancellationToken)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            try
            {
                await RunStepAsync(step, cancellationToken);
            }
            catch (CallSimulationException exception)
            {
                throw new CallSimulationException($"Step {i + 1} of {steps.Count} ({Describe(step)}) failed: {exception.Message}", exception);
            }

            if (step is HangUpStep)
            {
                return;
            }
        }

        await session.HangUpAsync(cancellationToken);
    }

    public static string Describe(ScenarioStep step) => step switch
    {
        SayStep say => $"say {say.ClipId}",
        WaitForAnswerStep => "waitForAnswer",
        PauseStep pause => $"pause {pause.Milliseconds} ms",
        DtmfStep dtmf => $"dtmf {dtmf.Digit}",
        HangUpStep => "hangUp",
        _ => step.ToString(),
    };

    private Task RunStepAsync(ScenarioStep step, CancellationToken cancellationToken) => step switch
    {
        SayStep say => session.SayAsync(clips[say.ClipId], cancellationToken),
        WaitForAnswerStep wait => session.WaitForAnswerAsync(wait, cancellationToken),
        PauseStep pause => session.PauseAsync(TimeSpan.FromMilliseconds(pause.Milliseconds), cancellationToken),
        DtmfStep dtmf => session.DtmfAsync(dtmf.Digit, cancellationToken),
        HangUpStep => session.HangUpAsync(cancellationToken),
        _ => throw new CallSimulationException($"unknown step {step}"),
    };
}
