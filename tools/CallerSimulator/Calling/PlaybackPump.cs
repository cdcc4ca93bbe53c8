using GrandBy.CallerSimulator.Playback;
using GrandBy.CallerSimulator.Recording;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>
/// Plays the buffer in real time: wakes when a mark falls due or the audio runs out (or when the
/// receiver changes the buffer) and echoes due marks. It is the only sender of mark echoes, so they
/// stay in order.
/// </summary>
internal sealed class PlaybackPump(PlaybackBuffer playback, MediaStreamSender sender, CallRecorder recorder) : IDisposable
{
    private readonly SemaphoreSlim _changed = new(0);

    public void Notify()
    {
        if (_changed.CurrentCount == 0)
        {
            _changed.Release();
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var wasPlaying = false;
        while (true)
        {
            foreach (var mark in playback.TakeDueMarks())
            {
                await sender.SendMarkAsync(mark.Name, cancellationToken);
                recorder.MarkEchoed(mark.Name, mark.Cleared);
            }

            var playing = playback.IsPlaying;
            if (wasPlaying && !playing)
            {
                recorder.PlaybackDrained(playback.PlayedBytes);
            }

            wasPlaying = playing;
            var next = playback.NextChangeIn;
            if (next == TimeSpan.Zero)
            {
                continue;
            }

            var timeout = next is { } wait ? TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)) : Timeout.InfiniteTimeSpan;
            await _changed.WaitAsync(timeout, cancellationToken);
        }
    }

    public void Dispose() => _changed.Dispose();
}
