using GrandBy.Clips;

namespace GrandBy.SpeechEmulator.Recognition;

/// <summary>
/// Index of clip audio for byte-exact matching: the hash of a window of <see cref="WindowBytes"/> bytes
/// at every <see cref="IndexStep"/>-th offset of every clip. Any run of clip audio at least
/// <c>WindowBytes + IndexStep - 1</c> long contains a whole indexed window, whatever its alignment.
/// Near-silent windows and windows found in more than one place (two clips that start with the same
/// word) are left out, so a hit names exactly one place. Immutable and shared by all streams.
/// </summary>
public sealed class ClipMatcher
{
    public const int DefaultWindowBytes = 64;
    public const int DefaultIndexStep = 16;

    /// <summary>A window whose loudest sample is quieter than this (about -42 dBFS) is silence.</summary>
    private const int MinimumPeakMagnitude = 256;

    /// <summary>A window with fewer distinct bytes than this is a constant or a hum, not speech.</summary>
    private const int MinimumDistinctBytes = 8;

    private readonly Dictionary<ulong, ClipLocation> _index = [];

    public ClipMatcher(IEnumerable<Clip> clips, int windowBytes = DefaultWindowBytes, int indexStep = DefaultIndexStep)
    {
        ArgumentNullException.ThrowIfNull(clips);
        ArgumentOutOfRangeException.ThrowIfLessThan(indexStep, 1);
        Hash = new RollingHash(windowBytes);
        IndexStep = indexStep;
        Clips = [.. clips];
        LongestClipBytes = Clips.Count == 0 ? 0 : Clips.Max(c => c.Audio.Length);

        var ambiguous = new HashSet<ulong>();
        foreach (var clip in Clips)
        {
            for (var offset = 0; offset + windowBytes <= clip.Audio.Length; offset += indexStep)
            {
                var window = clip.Audio.AsSpan(offset, windowBytes);
                if (!IsSpeechLike(window))
                {
                    continue;
                }

                var hash = Hash.Compute(window);
                if (ambiguous.Contains(hash))
                {
                    continue;
                }

                if (!_index.TryAdd(hash, new ClipLocation(clip, offset)))
                {
                    _index.Remove(hash);
                    ambiguous.Add(hash);
                }
            }
        }
    }

    public IReadOnlyList<Clip> Clips { get; }

    public RollingHash Hash { get; }

    public int WindowBytes => Hash.WindowBytes;

    public int IndexStep { get; }

    public int IndexedWindowCount => _index.Count;

    public int LongestClipBytes { get; }

    /// <summary>True when a window is loud and varied enough to identify a place in a clip.</summary>
    public static bool IsSpeechLike(ReadOnlySpan<byte> window)
    {
        Span<ulong> seen = stackalloc ulong[4];
        var distinct = 0;
        var peak = 0;
        foreach (var value in window)
        {
            peak = Math.Max(peak, MuLaw.Magnitude(value));
            ref var word = ref seen[value >> 6];
            var bit = 1UL << (value & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                distinct++;
            }
        }

        return peak >= MinimumPeakMagnitude && distinct >= MinimumDistinctBytes;
    }

    /// <summary>
    /// Finds the indexed window whose hash is <paramref name="hash"/> and whose bytes equal
    /// <paramref name="window"/> (the hash alone could collide).
    /// </summary>
    public bool TryLocate(ulong hash, ReadOnlySpan<byte> window, out ClipLocation location)
    {
        if (TryGetCandidate(hash, out location) && window.SequenceEqual(location.Clip.Audio.AsSpan(location.Offset, WindowBytes)))
        {
            return true;
        }

        location = default;
        return false;
    }

    /// <summary>The indexed window with this hash; the caller must still compare the bytes.</summary>
    internal bool TryGetCandidate(ulong hash, out ClipLocation location) => _index.TryGetValue(hash, out location);

    /// <summary>Starts matching one stream, optionally only against clips in one language.</summary>
    public StreamingClipMatcher CreateStream(int endpointBytes, string? languageCode = null) =>
        new(this, endpointBytes, languageCode, languageIsPrefix: false);

    /// <summary>
    /// Starts matching one stream against the clips whose language code starts with
    /// <paramref name="languagePrefix"/>: Whisper's ISO-639-1 <c>ko</c> selects the <c>ko-KR</c> clips.
    /// </summary>
    public StreamingClipMatcher CreateStreamForLanguagePrefix(int endpointBytes, string languagePrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(languagePrefix);
        return new(this, endpointBytes, languagePrefix, languageIsPrefix: true);
    }
}
