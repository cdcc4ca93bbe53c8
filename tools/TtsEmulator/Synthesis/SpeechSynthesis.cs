using System.Buffers.Binary;
using System.Collections.Concurrent;
using GrandBy.TtsEmulator.Audio;

namespace GrandBy.TtsEmulator.Synthesis;

/// <summary>Speaks with the selected voice, wraps the result in Google's WAV container and caches it.</summary>
internal sealed class SpeechSynthesis(IVoice voice, TtsRequestCounters counters)
{
    private const int CacheCapacity = 512;
    private readonly ConcurrentDictionary<SynthesisKey, byte[]> _cache = new();

    public string VoiceName => voice.Name;

    public async Task<byte[]> SynthesizeAsync(SynthesisKey key, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(key, out var cached))
        {
            counters.CountCacheHit();
            return cached;
        }

        var muLaw = await voice.SpeakAsync(new VoiceRequest(key.Text, key.LanguageCode, key.SpeakingRate, key.Pitch), cancellationToken);
        var audio = key.AudioEncoding == AudioEncodings.Linear16
            ? WavFile.Linear16(ToLinear16(muLaw), AudioEncodings.SampleRate)
            : WavFile.MuLaw(muLaw, AudioEncodings.SampleRate);
        if (_cache.Count >= CacheCapacity)
        {
            _cache.Clear();
        }

        _cache.TryAdd(key, audio);
        return audio;
    }

    private static byte[] ToLinear16(byte[] muLaw)
    {
        var pcm = new byte[muLaw.Length * 2];
        for (var i = 0; i < muLaw.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(pcm.AsSpan(i * 2), MuLaw.Decode(muLaw[i]));
        }

        return pcm;
    }
}
