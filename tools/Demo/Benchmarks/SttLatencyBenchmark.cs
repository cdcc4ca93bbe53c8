using System.Diagnostics;
using System.Globalization;
using GrandBy.Demo.Recognition;
using GrandBy.Grains.Stt;

namespace GrandBy.Demo.Benchmarks;

/// <summary>
/// <c>GrandBy.Demo bench-stt [--utterances 20]</c>: plays the same caller audio in real time (100 ms
/// batches, as the gateway sends them) through streaming and through chunk mode, with the production
/// clients against the speech emulator, and reports how long after the end of each utterance its final
/// transcript arrived.
/// </summary>
public static class SttLatencyBenchmark
{
    private static readonly string[] Clips = ["ko-fine", "ko-knee", "ko-medicine", "ko-lunch"];

    public static async Task<int> RunAsync(int utterances, TextWriter output, CancellationToken cancellationToken)
    {
        var audio = new CallAudio().Pause(TimeSpan.FromSeconds(1));
        for (var i = 0; i < utterances; i++)
        {
            audio.Say(Clips[i % Clips.Length]).Pause(TimeSpan.FromMilliseconds(1500 + 250 * (i % 3)));
        }

        output.WriteLine($"STT latency: {utterances} utterances, {audio.Duration.TotalSeconds:0} s of audio per mode, played in real time; emulator endpointing 500 ms, chunk silence 500 ms");
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var runs = await Task.WhenAll(
            MeasureAsync(SttMode.Streaming, audio, cancellationToken),
            MeasureAsync(SttMode.Chunk, audio, cancellationToken));
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        output.WriteLine($"{"mode",-10} {"finals",7} {"p50",8} {"p95",8} {"max",8}");
        foreach (var run in runs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Mode,-10} {run.Latencies.Count,4}/{utterances,-2} {Percentile(run.Latencies, 0.50),6:0} ms {Percentile(run.Latencies, 0.95),5:0} ms {run.Latencies.DefaultIfEmpty().Max(),5:0} ms"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process CPU {cpu.TotalSeconds:0.00} s over {audio.Duration.TotalSeconds * 2:0} s of audio (both modes, emulator included); working set {process.WorkingSet64 / (1024 * 1024)} MiB"));
        return runs.All(run => run.Latencies.Count == utterances) ? 0 : 1;
    }

    private static async Task<LatencyRun> MeasureAsync(SttMode mode, CallAudio audio, CancellationToken cancellationToken)
    {
        await using var recognition = await LocalRecognition.StartAsync(new SttOptions { Mode = mode });
        var ends = audio.Utterances.Select(u => (long)(u.End.TotalSeconds * 8000)).ToArray();
        var endPushedAt = new long[ends.Length];
        var next = 0;
        await recognition.PushAsync(audio.Bytes, TimeSpan.FromMilliseconds(100), cancellationToken, position =>
        {
            for (; next < ends.Length && ends[next] <= position; next++)
            {
                endPushedAt[next] = TimeProvider.System.GetTimestamp();
            }
        });
        await recognition.Recognition.CompleteAsync(cancellationToken);

        var latencies = recognition.FinalTimestamps
            .Zip(endPushedAt, (final, end) => TimeProvider.System.GetElapsedTime(end, final).TotalMilliseconds)
            .ToList();
        return new LatencyRun(mode, latencies);
    }

    private static double Percentile(List<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }

    private sealed record LatencyRun(SttMode Mode, List<double> Latencies);
}
