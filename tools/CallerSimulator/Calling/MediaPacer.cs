using GrandBy.CallerSimulator.Recording;

namespace GrandBy.CallerSimulator.Calling;

/// <summary>
/// Sends the caller's line in real time, 20 ms frames of 160 bytes, as a phone line does: frame n is due
/// at start + n × 20 ms (absolute, so delays never accumulate into drift; a late frame is sent at once).
/// </summary>
internal sealed class MediaPacer(MediaStreamSender sender, CallerVoice voice, CallRecorder recorder, CallClock clock)
{
    public const int FrameBytes = 160;
    public static readonly TimeSpan FrameDuration = TimeSpan.FromMilliseconds(20);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var frame = new byte[FrameBytes];
        var start = clock.Now;
        for (long n = 0; ; n++)
        {
            var wait = start + (FrameDuration * n) - clock.Now;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock.Time, cancellationToken);
            }

            var voiceFrame = voice.Fill(frame);
            if (voiceFrame.IsFirst)
            {
                voiceFrame.Utterance!.StartedAt = clock.Now;
            }

            await sender.SendMediaAsync(frame, cancellationToken);
            if (voiceFrame.IsLast)
            {
                var utterance = voiceFrame.Utterance!;
                var endedAt = clock.Now;
                recorder.CallerSpoke(utterance.Clip.Id, utterance.Clip.Text, utterance.StartedAt, endedAt);
                utterance.Finish(endedAt);
            }
        }
    }
}
