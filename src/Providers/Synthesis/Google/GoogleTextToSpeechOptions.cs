namespace GrandBy.Providers.Synthesis.Google;

/// <summary>Google Text-to-Speech v1 REST, section <c>GoogleTextToSpeech</c>.</summary>
public sealed class GoogleTextToSpeechOptions
{
    public const string SectionName = "GoogleTextToSpeech";

    /// <summary>https for Google; plaintext http only on loopback.</summary>
    public string Endpoint { get; set; } = "https://texttospeech.googleapis.com";

    /// <summary>Service-account key file; the seed key <c>GOOGLE_APPLICATION_CREDENTIALS</c> wins when set.</summary>
    public string? CredentialsFile { get; set; }

    public string LanguageCode { get; set; } = "ko-KR";

    public string VoiceName { get; set; } = "ko-KR-Neural2-A";

    public double SpeakingRate { get; set; } = 1.0;

    public double Pitch { get; set; }

    /// <summary>Limit on one synthesis request, token fetch included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}
