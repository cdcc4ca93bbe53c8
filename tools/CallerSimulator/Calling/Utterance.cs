using GrandBy.Clips;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>A clip being said, frame by frame; completes when its last frame has been sent.</summary>
internal sealed class Utterance(Clip clip)
{
    private readonly TaskCompletionSource _spoken = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Clip Clip => clip;

    public int Offset { get; set; }

    public TimeSpan StartedAt { get; set; }

    public TimeSpan EndedAt { get; private set; }

    public Task Spoken => _spoken.Task;

    public void Finish(TimeSpan endedAt)
    {
        EndedAt = endedAt;
        _spoken.TrySetResult();
    }

    public void Abandon(CancellationToken cancellationToken) => _spoken.TrySetCanceled(cancellationToken);
}
