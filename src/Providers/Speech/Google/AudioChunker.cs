namespace GrandBy.Providers.Speech.Google;

/// <summary>Cuts audio into slices no larger than a request may carry.</summary>
internal static class AudioChunker
{
    /// <summary>Google's limit on <c>audio_content</c> per <c>StreamingRecognizeRequest</c>: 25 KB.</summary>
    public const int MaxRequestBytes = 25_600;

    public static IEnumerable<ReadOnlyMemory<byte>> Split(ReadOnlyMemory<byte> audio, int maxBytes = MaxRequestBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        for (var offset = 0; offset < audio.Length; offset += maxBytes)
        {
            yield return audio.Slice(offset, Math.Min(maxBytes, audio.Length - offset));
        }
    }
}
