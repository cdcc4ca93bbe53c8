using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GrandBy.Grains.Response;

/// <summary>
/// Synthesises sentences as soon as each arrives, several at a time, and yields them strictly in
/// sentence order: sentence n+1 may finish first, but waits for n.
/// </summary>
public sealed class OrderedSynthesis(
    Func<string, CancellationToken, Task<byte[]>> synthesize,
    int maxParallel,
    int attempts,
    Action<int, string, Exception>? onSentenceFailed = null)
{
    public async IAsyncEnumerable<SynthesizedSentence> RunAsync(
        IAsyncEnumerable<string> sentences, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var slots = new SemaphoreSlim(maxParallel);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = Channel.CreateUnbounded<Task<SynthesizedSentence>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var producer = StartAllAsync(sentences, slots, pending.Writer, stop.Token);
        try
        {
            await foreach (var next in pending.Reader.ReadAllAsync(cancellationToken))
            {
                yield return await next;
            }

            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAny(producer);
        }
    }

    private async Task StartAllAsync(
        IAsyncEnumerable<string> sentences, SemaphoreSlim slots, ChannelWriter<Task<SynthesizedSentence>> pending, CancellationToken cancellationToken)
    {
        try
        {
            var index = 0;
            await foreach (var sentence in sentences.WithCancellation(cancellationToken))
            {
                await slots.WaitAsync(cancellationToken);
                pending.TryWrite(SynthesizeOneAsync(index++, sentence, slots, cancellationToken));
            }

            pending.TryComplete();
        }
        catch (Exception error)
        {
            pending.TryComplete(error);
        }
    }

    private async Task<SynthesizedSentence> SynthesizeOneAsync(int index, string text, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return new SynthesizedSentence(index, text, await synthesize(text, cancellationToken));
                }
                catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    if (attempt >= attempts)
                    {
                        onSentenceFailed?.Invoke(index, text, error);
                        return new SynthesizedSentence(index, text, null);
                    }
                }
            }
        }
        finally
        {
            slots.Release();
        }
    }
}
