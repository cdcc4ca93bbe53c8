namespace GrandBy.Providers.Transcription.OpenAi;

/// <summary>
/// Batch transcription (Whisper), section <c>Transcription</c>. Optional: only chunk mode needs it, so with no
/// <see cref="Endpoint"/> nothing else is checked and <see cref="ISpeechTranscriber"/> fails when used.
/// </summary>
public sealed class TranscriptionOptions
{
    public const string SectionName = "Transcription";

    public TranscriptionProvider Provider { get; set; } = TranscriptionProvider.AzureOpenAI;

    /// <summary>Azure: the resource URL. OpenAI: the base URL ending in <c>/v1</c> (e.g. https://api.openai.com/v1). Empty: not configured.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Required when <see cref="Endpoint"/> is set; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Azure deployment name (required for <see cref="TranscriptionProvider.AzureOpenAI"/>).</summary>
    public string? Deployment { get; set; }

    /// <summary>Model name for <see cref="TranscriptionProvider.OpenAI"/>.</summary>
    public string Model { get; set; } = "whisper-1";

    /// <summary>ISO-639-1 language of the speech; empty lets the model detect it.</summary>
    public string? Language { get; set; } = "ko";

    /// <summary>Optional text that steers spelling and vocabulary (names, medicines).</summary>
    public string? Prompt { get; set; }

    /// <summary>
    /// Network timeout of each try. The whole call, retries included, is cut off after
    /// <c>Timeout × (MaxRetries + 1)</c>, so a long <c>Retry-After</c> cannot hold a caller on the line.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a failed try (429, 5xx, network); low, because a caller is waiting on the line.</summary>
    public int MaxRetries { get; set; } = 1;
}
