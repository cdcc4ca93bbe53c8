using GrandBy.Clips;

namespace GrandBy.SpeechEmulator.Hosting;

/// <summary>Settings of the Speech-to-Text emulator; bound from the configuration root (<c>--Port 5301</c>).</summary>
public sealed class SpeechEmulatorOptions
{
    /// <summary>Models accepted by default for ko-KR and en-US. An empty model is always accepted.</summary>
    public const string DefaultModels = "phone_call,telephony,latest_short,latest_long,default";

    /// <summary>Folder holding <c>clips.json</c> and the clip audio.</summary>
    public string ClipDirectory { get; set; } = ClipLibrary.DefaultDirectory;

    /// <summary>Loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Loopback port of the OpenAI-compatible transcription (Whisper) endpoint, HTTP/1.1; 0 picks a free one.</summary>
    public int TranscriptionPort { get; set; }

    /// <summary>Key the transcription endpoint requires (<c>Authorization: Bearer</c> or <c>api-key</c>); null or empty accepts any.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Wall-clock delay before a transcription response, to stand in for Whisper's processing time.</summary>
    public TimeSpan TranscriptionLatency { get; set; } = TimeSpan.Zero;

    /// <summary>Initial value of <see cref="SpeechEmulatorFaults.RefuseStreaming"/>.</summary>
    public bool RefuseStreaming { get; set; }

    /// <summary>Audio time of non-matching audio after a match before its final result.</summary>
    public TimeSpan EndpointSilence { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Wall-clock time without an audio request before the stream fails with OUT_OF_RANGE.</summary>
    public TimeSpan AudioIdleTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Audio time a stream may carry before it fails with OUT_OF_RANGE.</summary>
    public TimeSpan MaxStreamDuration { get; set; } = TimeSpan.FromSeconds(305);

    /// <summary>Largest <c>audio_content</c> accepted in one request.</summary>
    public int MaxRequestBytes { get; set; } = 25_600;

    /// <summary>Confidence reported on final results.</summary>
    public float Confidence { get; set; } = 0.92f;

    /// <summary>Comma-separated models accepted per language code (<c>--Models:ko-KR phone_call,default</c>).</summary>
    public Dictionary<string, string> Models { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ko-KR"] = DefaultModels,
        ["en-US"] = DefaultModels,
    };

    public bool AcceptsModel(string languageCode, string model) =>
        model.Length == 0
        || (Models.TryGetValue(languageCode, out var models)
            && models.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Contains(model, StringComparer.Ordinal));

    internal void CopyTo(SpeechEmulatorOptions target)
    {
        target.ClipDirectory = ClipDirectory;
        target.Port = Port;
        target.TranscriptionPort = TranscriptionPort;
        target.ApiKey = ApiKey;
        target.TranscriptionLatency = TranscriptionLatency;
        target.RefuseStreaming = RefuseStreaming;
        target.EndpointSilence = EndpointSilence;
        target.AudioIdleTimeout = AudioIdleTimeout;
        target.MaxStreamDuration = MaxStreamDuration;
        target.MaxRequestBytes = MaxRequestBytes;
        target.Confidence = Confidence;
        target.Models = new Dictionary<string, string>(Models, StringComparer.OrdinalIgnoreCase);
    }
}
