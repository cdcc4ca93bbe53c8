using System.Globalization;
using System.Runtime.CompilerServices;

namespace GrandBy.Tests.Response;

/// <summary>Text cut the way the LLM emulator streams it: three and two characters in turn.</summary>
internal static class Streamed
{
    public static IReadOnlyList<string> Pieces(string text)
    {
        var pieces = new List<string>();
        var elements = StringInfo.ParseCombiningCharacters(text);
        for (int start = 0, size = 3; start < elements.Length; start += size, size = 5 - size)
        {
            var end = start + size;
            pieces.Add(text[elements[start]..(end < elements.Length ? elements[end] : text.Length)]);
        }

        return pieces;
    }

    public static async IAsyncEnumerable<string> Async(IEnumerable<string> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
