using System.Diagnostics;

namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>
/// Runs <c>producer | consumer</c> without a shell: arguments go through <see cref="ProcessStartInfo.ArgumentList"/>,
/// so text is never interpreted. Both processes are killed when the token fires.
/// </summary>
internal static class ProcessPipe
{
    public static async Task<byte[]> RunAsync(ProcessStartInfo producerInfo, ProcessStartInfo consumerInfo, CancellationToken cancellationToken)
    {
        Redirect(producerInfo, stdin: false);
        Redirect(consumerInfo, stdin: true);
        using var producer = Process.Start(producerInfo) ?? throw new InvalidOperationException($"Could not start {producerInfo.FileName}.");
        using var consumer = Process.Start(consumerInfo) ?? throw new InvalidOperationException($"Could not start {consumerInfo.FileName}.");
        await using var killOnCancel = cancellationToken.Register(() =>
        {
            producer.Kill(entireProcessTree: true);
            consumer.Kill(entireProcessTree: true);
        });

        var producerErrors = producer.StandardError.ReadToEndAsync(cancellationToken);
        var consumerErrors = consumer.StandardError.ReadToEndAsync(cancellationToken);
        var pump = PumpAsync(producer, consumer, cancellationToken);
        using var output = new MemoryStream();
        await consumer.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
        await pump;
        await producer.WaitForExitAsync(cancellationToken);
        await consumer.WaitForExitAsync(cancellationToken);

        ThrowIfFailed(producer, producerInfo, await producerErrors);
        ThrowIfFailed(consumer, consumerInfo, await consumerErrors);
        return output.ToArray();
    }

    private static async Task PumpAsync(Process producer, Process consumer, CancellationToken cancellationToken)
    {
        await using var consumerInput = consumer.StandardInput.BaseStream;
        await producer.StandardOutput.BaseStream.CopyToAsync(consumerInput, cancellationToken);
    }

    private static void Redirect(ProcessStartInfo info, bool stdin)
    {
        info.UseShellExecute = false;
        info.RedirectStandardInput = stdin;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
    }

    private static void ThrowIfFailed(Process process, ProcessStartInfo info, string errors)
    {
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} exited with code {process.ExitCode}: {errors.Trim()}");
        }
    }
}
