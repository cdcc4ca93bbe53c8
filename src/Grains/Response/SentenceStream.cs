using System.Runtime.CompilerServices;

namespace GrandBy.Grains.Response;

/// <summary>Turns a stream of text deltas into a stream of whole sentences.</summary>
public static class SentenceStream
{
    public static async IAsyncEnumerable<string> SplitAsync(
        IAsyncEnumerable<string> deltas, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var segmenter = new SentenceSegmenter();
        await foreach (var delta in deltas.WithCancellation(cancellationToken))
        {
            foreach (var sentence in segmenter.Append(delta))
            {
                yield return sentence;
            }
        }

        if (segmenter.Flush() is { } rest)
        {
            yield return rest;
        }
    }
}
