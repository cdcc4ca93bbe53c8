namespace GrandBy.Providers.Speech.Google;

/// <summary>Google Speech-to-Text v1 streaming recognition, section <c>GoogleSpeech</c>.</summary>
public sealed class GoogleSpeechOptions
{
    public const string SectionName = "GoogleSpeech";

    /// <summary>The default of <see cref="ModelFallbacks"/>.</summary>
    public static readonly IReadOnlyList<string> DefaultModelFallbacks = ["latest_long", "default"];

    /// <summary>https for Google; plaintext http only on loopback.</summary>
    public string Endpoint { get; set; } = "https://speech.googleapis.com";

    /// <summary>Service-account key file; the seed key <c>GOOGLE_APPLICATION_CREDENTIALS</c> wins when set.</summary>
    public string? CredentialsFile { get; set; }

    public string LanguageCode { get; set; } = "ko-KR";

    public string Model { get; set; } = "phone_call";

    /// <summary>
    /// Models to try, in order, when the provider answers that <see cref="Model"/> is not supported for the
    /// language (<see cref="SpeechRecognitionException.IsUnsupportedModel"/>). A configured list replaces the
    /// default rather than extending it.
    /// </summary>
    public List<string> ModelFallbacks { get; set; } = [.. DefaultModelFallbacks];

    public bool UseEnhanced { get; set; } = true;

    public bool InterimResults { get; set; } = true;

    public bool SingleUtterance { get; set; }

    public int MaxAlternatives { get; set; } = 1;

    public bool EnableAutomaticPunctuation { get; set; } = true;

    public bool ProfanityFilter { get; set; }

    /// <summary>Phrase hints sent as one speech context.</summary>
    public List<string> Phrases { get; set; } = [];

    /// <summary>Boost for <see cref="Phrases"/>; 0 sends none.</summary>
    public float PhraseBoost { get; set; }

    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Limit on each write (configuration, audio, half-close) to the stream.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>gRPC deadline of a whole stream; Google ends streams at 305 s, so this only catches a hung stream.</summary>
    public TimeSpan StreamDeadline { get; set; } = TimeSpan.FromMinutes(6);
}
